import { content } from '../../../../content';
import type { ReasonId } from '../../../../electron/core/reflection/schema';
import { describedBy, FieldError } from '../fields';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const prompts = promptsFor(2);

/** Step 2: tag the likely reasons and sketch the role that would fit better. */
export function StepRedirect({ answers, onChange, errors, baseId }: StepProps<2>) {
  const toggle = (id: ReasonId, on: boolean) =>
    onChange({ ...answers, reasons: on ? [...answers.reasons, id] : answers.reasons.filter((reason) => reason !== id) });
  return (
    <>
      <fieldset className="pick-list" {...describedBy(errors, 'reasons', baseId)}>
        <legend>{prompts.reasons}</legend>
        <div className="checks">
          {content.reflection.reasons.map((reason) => (
            <label key={reason.id} className="check">
              <input
                type="checkbox"
                checked={answers.reasons.includes(reason.id as ReasonId)}
                onChange={(event) => toggle(reason.id as ReasonId, event.target.checked)}
              />
              {reason.label}
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="reasons" baseId={baseId} />
      </fieldset>
      <div className="field wide">
        <label htmlFor={`${baseId}-fit`}>{prompts.betterFit}</label>
        <textarea
          id={`${baseId}-fit`}
          rows={5}
          value={answers.betterFit}
          onChange={(event) => onChange({ ...answers, betterFit: event.target.value })}
          {...describedBy(errors, 'betterFit', baseId)}
        />
        <FieldError errors={errors} name="betterFit" baseId={baseId} />
      </div>
    </>
  );
}
