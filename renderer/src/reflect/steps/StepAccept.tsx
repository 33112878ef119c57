import { formatWeekdayTime } from '../../../../content/format';
import { useState } from 'react';
import { content, fillTemplate } from '../../../../content';
import { describedBy, FieldError, PickList, Scale } from '../fields';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const copy = content.reflectUi.accept;
const prompts = promptsFor(1);

/** Step 1: name the feeling, how heavy it is, write it out, and pick a recovery window. */
export function StepAccept({ answers, onChange, errors, baseId, recoveryUntil }: StepProps<1> & { recoveryUntil: string | null }) {
  const presets = content.reflection.recoveryWindows.map((window) => window.hours);
  // Custom stays chosen while its number is being retyped (and briefly empty).
  const [customChosen, setCustomChosen] = useState(answers.recoveryHours !== null && !presets.includes(answers.recoveryHours));
  const isCustom = customChosen;
  const until = answers.recoveryHours && recoveryUntil ? new Date(recoveryUntil) : null;
  const { minHours, maxHours } = content.reflection.customRecovery;
  return (
    <>
      <PickList
        legend={prompts.feelings}
        options={content.reflection.feelings}
        selected={answers.feelings}
        onChange={(feelings) => onChange({ ...answers, feelings })}
        addLabel={copy.addFeeling}
        addButton={copy.add}
        baseId={baseId}
        errors={errors}
        name="feelings"
        maxLength={60}
      />
      <Scale
        legend={prompts.intensity}
        value={answers.intensity}
        onChange={(intensity) => onChange({ ...answers, intensity })}
        name="intensity"
        errors={errors}
        baseId={baseId}
        low={copy.light}
        high={copy.heavy}
      />
      <div className="field wide">
        <label htmlFor={`${baseId}-writing`}>{prompts.freeWriting}</label>
        <textarea
          id={`${baseId}-writing`}
          rows={6}
          value={answers.freeWriting}
          onChange={(event) => onChange({ ...answers, freeWriting: event.target.value })}
          {...describedBy(errors, 'freeWriting', baseId)}
        />
        <FieldError errors={errors} name="freeWriting" baseId={baseId} />
      </div>
      <fieldset className="recovery" {...describedBy(errors, 'recoveryHours', baseId)}>
        <legend>{prompts.recoveryWindow}</legend>
        {content.reflection.recoveryWindows.map((window) => (
          <label key={window.hours} className="radio">
            <input
              type="radio"
              name={`${baseId}-recovery`}
              checked={!isCustom && answers.recoveryHours === window.hours}
              onChange={() => {
                setCustomChosen(false);
                onChange({ ...answers, recoveryHours: window.hours });
              }}
            />
            {window.label}
          </label>
        ))}
        <label className="radio">
          <input
            type="radio"
            name={`${baseId}-recovery`}
            checked={isCustom}
            onChange={() => {
              setCustomChosen(true);
              onChange({ ...answers, recoveryHours: 72 });
            }}
          />
          {copy.custom}
        </label>
        {isCustom ? (
          <div className="field">
            <label htmlFor={`${baseId}-hours`}>{copy.customHours}</label>
            <input
              id={`${baseId}-hours`}
              type="number"
              inputMode="numeric"
              min={minHours}
              max={maxHours}
              value={answers.recoveryHours ?? ''}
              onChange={(event) => onChange({ ...answers, recoveryHours: event.target.value === '' ? null : Number(event.target.value) })}
              {...describedBy(errors, 'recoveryHours', baseId)}
            />
          </div>
        ) : null}
        <FieldError errors={errors} name="recoveryHours" baseId={baseId} />
        {until ? <p className="recovery-until">{fillTemplate(copy.until, { when: formatWeekdayTime(until) })}</p> : null}
      </fieldset>
    </>
  );
}
