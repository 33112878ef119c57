import { useId, useState, type FormEvent } from 'react';
import type { Week } from '../../../electron/core/planner/schema';
import { useApiMutation } from '../ipc/queries';
import { copy } from './format';
import { useFieldErrors } from '../components/useFieldErrors';

/** The week's concrete tasks: tick off (a win each), remove, or add one. */
export function TaskList({ week }: { week: Week }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const fields = useFieldErrors();
  const add = useApiMutation('planner:addTask');
  const done = useApiMutation('planner:setTaskDone');
  const remove = useApiMutation('planner:deleteTask');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { weekStart: week.weekStart, title },
      {
        onSuccess: () => {
          setTitle('');
          fields.clear();
        },
        onError: fields.fromError,
      },
    );
  };
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{copy.plan.tasksHeading}</h2>
      {week.tasks.length ? (
        <ul className="task-list">
          {week.tasks.map((task) => (
            <li key={task.id} className={task.doneAt ? 'done' : undefined}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={task.doneAt !== null}
                  onChange={(event) => done.mutate({ id: task.id, done: event.target.checked })}
                />
                {task.title}
              </label>
              {task.source === 'carried' ? <span className="tag">{copy.plan.carriedTag}</span> : null}
              <button
                type="button"
                className="link-button"
                aria-label={`${copy.plan.deleteTask}: ${task.title}`}
                onClick={() => remove.mutate({ id: task.id })}
              >
                {copy.plan.deleteTask}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{copy.plan.noTasks}</p>
      )}
      <form className="inline-fields" onSubmit={onSubmit} noValidate>
        <div className="field grow">
          <label htmlFor={`${id}-title`}>{copy.plan.taskTitle}</label>
          <input id={`${id}-title`} value={title} onChange={(event) => setTitle(event.target.value)} {...fields.field('title')} />
          {fields.message('title')}
        </div>
        <button type="submit" className="button align-end" disabled={add.isPending}>
          {copy.plan.addTask}
        </button>
      </form>
      {fields.formMessage()}
    </section>
  );
}
