/** A form-wide error (not tied to one field), announced when it appears. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

interface SaveRowProps {
  label: string;
  pending: boolean;
  /** Shown (and announced politely) after a successful save. */
  savedMessage: string | null;
  error?: string | undefined;
  primary?: boolean;
}

/** A form's save button with its quiet "Saved" line and any form-wide error beside it. */
export function SaveRow({ label, pending, savedMessage, error, primary = true }: SaveRowProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={primary ? 'button primary' : 'button'} disabled={pending}>
        {label}
      </button>
      <p className="form-status" role="status" aria-live="polite">
        {savedMessage ?? ''}
      </p>
      <FormError message={error} />
    </div>
  );
}
