import type { Progress, Targets } from '../../../electron/core/planner/schema';
import { copy, fill } from './format';

const order: (keyof Targets)[] = ['search', 'apply', 'followUp', 'network', 'learn', 'volunteer'];

/** One bar per target the week has (optional ones only when set or done), each a labelled <progress>. */
export function ProgressBars({ targets, progress, idPrefix }: { targets: Targets; progress: Progress; idPrefix: string }) {
  const shown = order.filter((key) => targets[key] > 0 || progress[key] > 0 || ['search', 'apply', 'followUp'].includes(key));
  return (
    <ul className="progress-list">
      {shown.map((key) => {
        const target = targets[key];
        const done = progress[key];
        const labelId = `${idPrefix}-${key}`;
        return (
          <li key={key} className={target > 0 && done >= target ? 'progress-row done' : 'progress-row'}>
            <span id={labelId} className="progress-label">
              {copy.targets[key]}
            </span>
            <progress aria-labelledby={labelId} max={Math.max(target, 1)} value={Math.min(done, Math.max(target, 1))} />
            <span className="progress-count">
              {target > 0
                ? fill(copy.plan.progressOf, { done: String(done), target: String(target) })
                : fill(copy.plan.progressNoTarget, { done: String(done) })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
