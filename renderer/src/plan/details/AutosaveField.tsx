import { useId } from 'react';
import type { FieldErrorsKit } from '../../components/useFieldErrors';

/**
 * One labelled control of a form that saves as you type: its message beside it (linked with
 * aria-describedby), an optional hint that is always there, and blur writing at once.
 */
export function AutosaveField({
  kit,
  name,
  label,
  value,
  onValue,
  onBlur,
  type = 'text',
  hint,
  rows,
  className = 'field',
  inputMode,
}: {
  kit: FieldErrorsKit;
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  onBlur: () => void;
  type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'number' | 'textarea';
  hint?: string;
  rows?: number;
  className?: string;
  inputMode?: 'numeric';
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    onBlur,
    ...kit.field(name, hintId),
  };
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {type === 'textarea' ? (
        <textarea rows={rows ?? 4} onChange={(event) => onValue(event.target.value)} {...common} />
      ) : (
        <input type={type} inputMode={inputMode} onChange={(event) => onValue(event.target.value)} {...common} />
      )}
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {kit.message(name)}
    </div>
  );
}

/** The quiet line that says the last change is written ("Saved.") or on its way. */
export function SaveStatus({ state, saving, saved }: { state: string; saving: string; saved: string }) {
  return (
    <p className="form-status save-status" role="status" aria-live="polite">
      {state === 'saving' ? saving : state === 'saved' ? saved : ''}
    </p>
  );
}
