import { useState, type ReactNode } from 'react';
import { errorIdFor } from '../components/useFieldErrors';
import type { FieldErrors } from './useStepAutosave';

/** aria props that tie a control to its message, when it has one. */
export function describedBy(errors: FieldErrors, name: string, baseId: string, hintId?: string) {
  const errorId = errors[name] ? errorIdFor(baseId, name) : undefined;
  const ids = [hintId, errorId].filter(Boolean).join(' ');
  return { 'aria-invalid': errors[name] ? true : undefined, 'aria-describedby': ids || undefined } as const;
}

export function FieldError({ errors, name, baseId }: { errors: FieldErrors; name: string; baseId: string }) {
  if (!errors[name]) return null;
  return (
    <span className="field-error" id={errorIdFor(baseId, name)}>
      {errors[name]}
    </span>
  );
}

/** A 1-to-10 scale as radio buttons: every value reachable by keyboard, each with a name. */
export function Scale({
  legend,
  value,
  onChange,
  name,
  errors,
  baseId,
  low,
  high,
}: {
  legend: ReactNode;
  value: number | null;
  onChange: (value: number) => void;
  name: string;
  errors: FieldErrors;
  baseId: string;
  low: string;
  high: string;
}) {
  return (
    <fieldset className="scale" {...describedBy(errors, name, baseId)}>
      <legend>{legend}</legend>
      <div className="scale-row">
        <span className="hint" aria-hidden="true">
          {low}
        </span>
        {Array.from({ length: 10 }, (_, index) => index + 1).map((n) => (
          <label key={n} className="scale-option">
            <input type="radio" name={`${baseId}-${name}`} value={n} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
        <span className="hint" aria-hidden="true">
          {high}
        </span>
      </div>
      <FieldError errors={errors} name={name} baseId={baseId} />
    </fieldset>
  );
}

/** A list of checkboxes plus "add your own": used for feelings and for the control factors. */
export function PickList({
  legend,
  options,
  selected,
  onChange,
  addLabel,
  addButton,
  baseId,
  errors,
  name,
  maxLength,
}: {
  legend: ReactNode;
  options: readonly string[];
  selected: string[];
  onChange: (next: string[]) => void;
  addLabel: string;
  addButton: string;
  baseId: string;
  errors: FieldErrors;
  name: string;
  maxLength: number;
}) {
  const extra = selected.filter((item) => !options.includes(item));
  const all = [...options, ...extra];
  const toggle = (item: string, on: boolean) => onChange(on ? [...selected, item] : selected.filter((entry) => entry !== item));
  return (
    <fieldset className="pick-list">
      <legend>{legend}</legend>
      <div className="chips">
        {all.map((item) => (
          <label key={item} className="choice-chip">
            <input type="checkbox" checked={selected.includes(item)} onChange={(event) => toggle(item, event.target.checked)} />
            <span>{item}</span>
          </label>
        ))}
      </div>
      <AddOwn
        label={addLabel}
        button={addButton}
        baseId={`${baseId}-${name}-add`}
        maxLength={maxLength}
        onAdd={(item) => {
          if (!selected.some((entry) => entry.toLowerCase() === item.toLowerCase())) onChange([...selected, item]);
        }}
      />
      <FieldError errors={errors} name={name} baseId={baseId} />
    </fieldset>
  );
}

export function AddOwn({
  label,
  button,
  baseId,
  maxLength,
  onAdd,
}: {
  label: string;
  button: string;
  baseId: string;
  maxLength: number;
  onAdd: (item: string) => void;
}) {
  const [value, setValue] = useState('');
  const add = () => {
    const item = value.trim();
    if (!item) return;
    onAdd(item.slice(0, maxLength));
    setValue('');
  };
  return (
    <div className="add-own">
      <label htmlFor={baseId}>{label}</label>
      <div className="add-own-row">
        <input
          id={baseId}
          value={value}
          maxLength={maxLength}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add}>
          {button}
        </button>
      </div>
    </div>
  );
}
