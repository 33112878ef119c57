import { activityKinds, type ActivityKind, type DayPlan, type Week } from '../../../electron/core/planner/schema';
import { useApiSave } from '../ipc/queries';
import { copy, shortDay } from './format';
import { useAutosavedForm } from '../components/useAutosavedForm';
import { SaveStatus } from '../components/SaveStatus';

type Index = keyof DayPlan;

/** Which parts of the routine each day carries: a grid of checkboxes, one row per day, saved as they are ticked. */
export function DayPlanEditor({ week, today }: { week: Week; today: string }) {
  const save = useApiSave('planner:setDayPlan');
  const {
    draft: plan,
    update,
    fields,
    state,
    formProps,
  } = useAutosavedForm({
    initial: week.dayPlan,
    check: (next: DayPlan) => ({ ok: true as const, data: next }),
    save: (dayPlan: DayPlan) => save({ weekStart: week.weekStart, dayPlan }),
  });
  const toggle = (index: Index, kind: ActivityKind) =>
    update((current) => {
      const days = current[index] ?? [];
      const next = days.includes(kind) ? days.filter((item) => item !== kind) : [...days, kind];
      return { ...current, [index]: activityKinds.filter((item) => next.includes(item)) };
    });
  return (
    <form className="card" {...formProps} aria-labelledby="day-plan-heading">
      <h2 id="day-plan-heading">{copy.plan.dayPlanHeading}</h2>
      <p className="hint">{copy.plan.dayPlanHint}</p>
      <table className="day-plan">
        <thead>
          <tr>
            <td />
            {activityKinds.map((kind) => (
              <th key={kind} scope="col">
                {copy.kinds[kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {week.days.map((day, position) => {
            const index = String(position) as Index;
            return (
              <tr key={day} className={day === today ? 'is-today' : undefined}>
                <th scope="row">{shortDay(day)}</th>
                {activityKinds.map((kind) => (
                  <td key={kind}>
                    <input
                      type="checkbox"
                      aria-label={`${copy.kinds[kind]}, ${shortDay(day)}`}
                      checked={(plan[index] ?? []).includes(kind)}
                      onChange={() => toggle(index, kind)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-actions">
        <SaveStatus state={state} />
        {fields.formMessage()}
      </div>
    </form>
  );
}
