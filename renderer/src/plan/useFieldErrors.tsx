import { useId, useState } from 'react';
import { ClientError } from '../ipc/client';

/**
 * Field errors from the main process (or a local check), shown beside each
 * field and linked to it with aria-describedby; `_` holds a form-wide message.
 */
export function useFieldErrors() {
  const id = useId();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const errorId = (name: string) => `${id}-${name.replace(/\W/g, '-')}-error`;
  return {
    errors,
    setErrors,
    clear: () => setErrors({}),
    fromError: (error: unknown) =>
      setErrors(error instanceof ClientError ? { _: error.message, ...error.fields } : { _: String(error) }),
    /** Props for the control named `name`. */
    field: (name: string) => ({
      'aria-invalid': errors[name] ? (true as const) : undefined,
      'aria-describedby': errors[name] ? errorId(name) : undefined,
    }),
    /** The message beside the control, if any. */
    message: (name: string) =>
      errors[name] ? (
        <span className="field-error" id={errorId(name)}>
          {errors[name]}
        </span>
      ) : null,
    formMessage: () =>
      errors._ ? (
        <p className="form-error" role="alert">
          {errors._}
        </p>
      ) : null,
  };
}
