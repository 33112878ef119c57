import { formatDay } from '../../../../content/format';
import { content, fillTemplate } from '../../../../content';
import { describedBy, FieldError } from '../fields';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const copy = content.reflectUi.forward;
const prompts = promptsFor(6);
const routine = ['search', 'apply', 'followUp'] as const;
const extras = ['network', 'volunteer', 'learn'] as const;
type Key = (typeof routine)[number] | (typeof extras)[number];

/** Step 6: next week's targets for the routine (and extras), written into that week's plan. */
export function StepForward({ answers, onChange, errors, baseId, detail }: StepProps<6>) {
  const week = answers.weekStart ?? detail.nextWeekStart;
  const input = (key: Key) => (
    <div className="field" key={key}>
      <label htmlFor={`${baseId}-${key}`}>{copy[key]}</label>
      <input
        id={`${baseId}-${key}`}
        type="number"
        inputMode="numeric"
        min={0}
        max={1000}
        value={answers.targets[key] ?? ''}
        onChange={(event) =>
          onChange({ ...answers, targets: { ...answers.targets, [key]: event.target.value === '' ? null : Number(event.target.value) } })
        }
        {...describedBy(errors, `targets.${key}`, baseId)}
      />
      <FieldError errors={errors} name={`targets.${key}`} baseId={baseId} />
    </div>
  );
  return (
    <>
      <p>{prompts.targets}</p>
      <p className="hint">{fillTemplate(copy.weekNote, { date: formatDay(week, 'weekdayLong') })}</p>
      <fieldset>
        <legend>{copy.routine}</legend>
        <div className="target-grid">{routine.map(input)}</div>
      </fieldset>
      <fieldset>
        <legend>{copy.extras}</legend>
        <p className="hint">{prompts.extras}</p>
        <div className="target-grid">{extras.map(input)}</div>
      </fieldset>
      <div className="field wide">
        <label htmlFor={`${baseId}-note`}>{prompts.note}</label>
        <textarea
          id={`${baseId}-note`}
          rows={3}
          value={answers.note}
          onChange={(event) => onChange({ ...answers, note: event.target.value })}
          {...describedBy(errors, 'note', baseId)}
        />
        <FieldError errors={errors} name="note" baseId={baseId} />
      </div>
    </>
  );
}
