import { useState } from 'react';
import { ClientError } from '../ipc/client';

/** Field errors keyed by dotted path, linked to their controls with aria-describedby. */
export function useFieldErrors(idPrefix: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const idFor = (name: string) => `${idPrefix}-${name.replace(/\./g, '-')}-error`;
  return {
    errors,
    setErrors,
    clear: () => setErrors({}),
    /** A refusal from main: its field messages beside the fields, or its message for the whole form. */
    fromError: (error: unknown) =>
      setErrors(
        error instanceof ClientError
          ? Object.keys(error.fields).length > 0
            ? { ...error.fields }
            : { _: error.message }
          : { _: String(error) },
      ),
    /** Props for the control: invalid state and the id of its message. */
    field: (name: string) => ({
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': errors[name] ? idFor(name) : undefined,
    }),
    errorFor: (name: string) =>
      errors[name] ? (
        <span className="field-error" id={idFor(name)}>
          {errors[name]}
        </span>
      ) : null,
  };
}

/** "Thu 27 Nov, 16:00" in the person's own locale. */
export function formatMoment(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}
