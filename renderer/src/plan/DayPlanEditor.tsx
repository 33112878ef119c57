import { useState } from 'react';
import { activityKinds, type ActivityKind, type DayPlan, type Week } from '../../../electron/core/planner/schema';
import { useApiMutation } from '../ipc/queries';
import { copy, shortDay } from './format';
import { FormError } from '../components/SaveRow';

type Index = keyof DayPlan;

/** Which parts of the routine each day carries: a grid of checkboxes, one row per day. */
export function DayPlanEditor({ week, today }: { week: Week; today: string }) {
  const [plan, setPlan] = useState<DayPlan>(week.dayPlan);
  const [saved, setSaved] = useState(false);
  const save = useApiMutation('planner:setDayPlan');
  const toggle = (index: Index, kind: ActivityKind) => {
    setSaved(false);
    const current = plan[index] ?? [];
    const next = current.includes(kind) ? current.filter((item) => item !== kind) : [...current, kind];
    setPlan({ ...plan, [index]: activityKinds.filter((item) => next.includes(item)) });
  };
  return (
    <section className="card" aria-labelledby="day-plan-heading">
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
        <button
          type="button"
          className="button"
          disabled={save.isPending}
          onClick={() => save.mutate({ weekStart: week.weekStart, dayPlan: plan }, { onSuccess: () => setSaved(true) })}
        >
          {copy.plan.saveDayPlan}
        </button>
        <p className="form-status" role="status">
          {saved ? copy.plan.dayPlanSaved : ''}
        </p>
        <FormError message={save.error?.message} />
      </div>
    </section>
  );
}
