import { content } from '../../../content';
import { useId, useState, type FormEvent } from 'react';
import type { Targets, Week } from '../../../electron/core/planner/schema';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { HistoryChart } from './HistoryChart';
import { ProgressBars } from './ProgressBars';
import { draftOf, parseTargets, TargetInputs, type TargetDraft } from './TargetsForm';
import { addDaysTo, copy, fill, longDay } from './format';
import { useFieldErrors } from '../components/useFieldErrors';

/** The weekly review (done against targets, carry tasks, next week's targets), then the streak and past weeks. */
export function ReviewPanel({ currentWeek }: { currentWeek: string }) {
  const [weekStart, setWeekStart] = useState(currentWeek);
  const week = useApiQuery('planner:week', { weekStart });
  const next = useApiQuery('planner:week', { weekStart: addDaysTo(weekStart, 7) });
  const history = useApiQuery('planner:history', { weeks: 12 });
  const r = copy.review;
  return (
    <>
      <div className="week-nav" role="group" aria-label={copy.plan.tabReview}>
        <button type="button" className="button small" onClick={() => setWeekStart(addDaysTo(weekStart, -7))}>
          ← {copy.plan.previousWeek}
        </button>
        <button
          type="button"
          className="button small"
          disabled={weekStart >= currentWeek}
          onClick={() => setWeekStart(addDaysTo(weekStart, 7))}
        >
          {copy.plan.nextWeek} →
        </button>
      </div>
      {week.data && next.data ? (
        <ReviewForm key={weekStart} week={week.data} nextTargets={next.data.targets} />
      ) : (
        <p role="status">{content.views.app.loading}</p>
      )}
      {history.data ? (
        <section className="card" aria-labelledby="streak-heading">
          <h2 id="streak-heading">{r.streakHeading}</h2>
          <p className="streak">
            <span className="streak-number" aria-hidden="true">
              {history.data.streak}
            </span>
            <span>{fill(r.streakWeeks, { count: history.data.streak })}</span>
          </p>
          <h3>{r.historyHeading}</h3>
          <HistoryChart weeks={history.data.weeks} />
        </section>
      ) : null}
    </>
  );
}

function ReviewForm({ week, nextTargets }: { week: Week; nextTargets: Targets }) {
  const id = useId();
  const r = copy.review;
  const unfinished = week.tasks.filter((task) => !task.doneAt && !task.carried);
  const [carry, setCarry] = useState<number[]>(() => unfinished.map((task) => task.id));
  const [note, setNote] = useState(week.reviewNote);
  const [draft, setDraft] = useState<TargetDraft>(() => draftOf(nextTargets));
  const [result, setResult] = useState<string | null>(null);
  const fields = useFieldErrors();
  const review = useApiMutation('planner:review');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const parsed = parseTargets(draft);
    if (!parsed.ok) {
      fields.setErrors(parsed.errors);
      return;
    }
    review.mutate(
      { weekStart: week.weekStart, note, carryTaskIds: carry, nextTargets: parsed.targets },
      {
        onSuccess: (outcome) => {
          fields.clear();
          setResult(fill(r.finished, { count: outcome.carried }));
        },
        onError: fields.fromError,
      },
    );
  };
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{fill(r.heading, { date: longDay(week.weekStart) })}</h2>
      <p className="lead">{r.lead}</p>
      {week.reviewedAt ? <p className="hint">{fill(r.reviewedOn, { date: longDay(week.reviewedAt.slice(0, 10)) })}</p> : null}
      <h3>{r.doneAgainst}</h3>
      <ProgressBars targets={week.targets} progress={week.progress} idPrefix="review-progress" />
      <fieldset>
        <legend>{r.unfinished}</legend>
        {unfinished.length ? (
          unfinished.map((task) => (
            <label key={task.id} className="checkbox">
              <input
                type="checkbox"
                checked={carry.includes(task.id)}
                onChange={(event) => setCarry(event.target.checked ? [...carry, task.id] : carry.filter((item) => item !== task.id))}
              />
              {task.title}
            </label>
          ))
        ) : (
          <p className="hint">{r.noUnfinished}</p>
        )}
      </fieldset>
      <fieldset>
        <legend>{r.nextTargets}</legend>
        <TargetInputs draft={draft} onChange={setDraft} fields={fields} idPrefix="next-target" />
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>{r.note}</label>
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(event) => setNote(event.target.value)} {...fields.field('note')} />
        {fields.message('note')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={review.isPending}>
          {r.finish}
        </button>
        <p className="form-status" role="status">
          {result ?? ''}
        </p>
        {fields.formMessage()}
      </div>
    </form>
  );
}
