import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FieldMessages } from '../../../electron/core/ipc/fieldErrors';
import { ClientError } from '../ipc/client';

/** The id of a field's message, so its control can point at it with aria-describedby. */
export function errorIdFor(baseId: string, name: string): string {
  return `${baseId}-${name.replace(/\W/g, '-')}-error`;
}

/**
 * Field messages for one form, from core's refusal or from a check made
 * before sending (`fieldsOf(parsed.error)`), each shown beside its field and
 * linked to it; `_` holds a message for the form as a whole.
 */
export function useFieldErrors() {
  const baseId = useId();
  const [errors, setErrors] = useState<FieldMessages>({});
  const errorId = (name: string) => errorIdFor(baseId, name);
  // After a refused save, focus goes to the first field in error (not left on the button), so the
  // message beside it is the next thing read. Only a new refusal moves focus, never typing.
  const refused = useRef<FieldMessages | null>(null);
  // Messages from a check while typing (the one save rule) never move focus away from the field in use.
  const quiet = useRef<FieldMessages | null>(null);
  useEffect(() => {
    if (refused.current === errors) return;
    refused.current = errors;
    if (quiet.current === errors) return;
    const first = Object.keys(errors).find((name) => name !== '_');
    if (!first) return;
    const control = document.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(errorIdFor(baseId, first))}"]`);
    control?.focus();
  }, [errors, baseId]);
  // One function for the form's life: a save-as-you-type hook holds it in its flush, and a new one each
  // render would restart the flush-on-leave listeners, whose cleanup writes at once (no pause in typing).
  const setQuietly = useCallback(
    (update: (current: FieldMessages) => FieldMessages) =>
      setErrors((current) => {
        const next = update(current);
        quiet.current = next;
        return next;
      }),
    [],
  );
  return {
    errors,
    setErrors,
    clear: () => setErrors({}),
    /** Sets the messages without moving focus (a message cleared or kept while the person types on). */
    setQuietly,
    /** A refusal: each field's message beside its field; the form-wide message only when no field is named. */
    fromError: (error: unknown) =>
      setErrors(
        error instanceof ClientError
          ? Object.keys(error.fields).length > 0
            ? { ...error.fields }
            : { _: error.message }
          : { _: String(error) },
      ),
    /** Messages shown beside their fields without moving focus: a save as you type. */
    show: (next: FieldMessages) => {
      quiet.current = next;
      setErrors(next);
    },
    /** A refusal of a save as you type, shown like `fromError` but without moving focus. */
    showError: (error: unknown) => {
      const next: FieldMessages =
        error instanceof ClientError
          ? Object.keys(error.fields).length > 0
            ? { ...error.fields }
            : { _: error.message }
          : { _: String(error) };
      quiet.current = next;
      setErrors(next);
    },
    /** Props for the control named `name`; `hintId` joins a hint that is always there. */
    field: (name: string, hintId?: string) => ({
      'aria-invalid': errors[name] ? (true as const) : undefined,
      'aria-describedby': [errors[name] ? errorId(name) : '', hintId ?? ''].filter(Boolean).join(' ') || undefined,
    }),
    /** The message beside the control, if any. */
    message: (name: string) =>
      errors[name] ? (
        <span className="field-error" id={errorId(name)}>
          {errors[name]}
        </span>
      ) : null,
    /** The message for the whole form, if any. */
    formMessage: () =>
      errors._ ? (
        <p className="form-error" role="alert">
          {errors._}
        </p>
      ) : null,
  };
}

/**
 * Where a number field held something that is not a number, its message says
 * so ("Enter a whole number.") instead of the schema's type complaint.
 */
export function withNumberHint(fields: FieldMessages, candidate: unknown, message: string): FieldMessages {
  const next = { ...fields };
  for (const key of Object.keys(next)) {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], candidate);
    if (Number.isNaN(value)) next[key] = message;
  }
  return next;
}

export type FieldErrorsKit = ReturnType<typeof useFieldErrors>;
