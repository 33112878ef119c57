import { addDays, format, parseISO } from 'date-fns';
import { formatDay } from '../../../../content/format';
import { content, fillTemplate } from '../../../../content';
import type { UpgradeItemId } from '../../../../electron/core/reflection/schema';
import { describedBy, FieldError } from '../fields';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const copy = content.reflectUi.upgrade;
const prompts = promptsFor(5);

/** Step 5: a short checklist; each ticked item becomes a task in the chosen week (next week by default). */
export function StepUpgrade({ answers, onChange, errors, baseId, detail }: StepProps<5>) {
  const next = parseISO(detail.nextWeekStart);
  const weeks = [addDays(next, -7), next, addDays(next, 7)].map((date) => format(date, 'yyyy-MM-dd'));
  const toggle = (id: UpgradeItemId, on: boolean) =>
    onChange({ ...answers, checklist: on ? [...answers.checklist, id] : answers.checklist.filter((item) => item !== id) });
  return (
    <>
      <fieldset className="pick-list">
        <legend>{prompts.checklist}</legend>
        <div className="checks">
          {content.reflection.upgradeChecklist.map((item) => (
            <label key={item.id} className="check">
              <input
                type="checkbox"
                checked={answers.checklist.includes(item.id as UpgradeItemId)}
                onChange={(event) => toggle(item.id as UpgradeItemId, event.target.checked)}
              />
              <span>
                {item.label}
                <span className="hint block">{fillTemplate(copy.taskPreview, { item: item.task })}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${baseId}-week`}>{prompts.targetWeek}</label>
        <select
          id={`${baseId}-week`}
          value={answers.targetWeek ?? detail.nextWeekStart}
          onChange={(event) => onChange({ ...answers, targetWeek: event.target.value })}
          {...describedBy(errors, 'targetWeek', baseId)}
        >
          {weeks.map((week) => (
            <option key={week} value={week}>
              {fillTemplate(copy.weekOf, { date: formatDay(week, 'short') })}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="targetWeek" baseId={baseId} />
      </div>
    </>
  );
}
