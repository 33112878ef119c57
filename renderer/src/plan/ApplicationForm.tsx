import { useId, useState, type FormEvent } from 'react';
import {
  applicationFieldsSchema,
  applicationSources,
  blankFields,
  type ApplicationFields,
  type ApplicationSource,
} from '../../../electron/core/applications/schema';
import { copy } from './format';
import { fieldsOf } from '../../../electron/core/ipc/fieldErrors';
import { useFieldErrors } from '../components/useFieldErrors';
import { ClientError } from '../ipc/client';

/** The add form's start: blank, with the most common source picked. */
export const emptyFields: ApplicationFields = { ...blankFields, company: '', source: 'job_board' };

/** Only the editable fields of an application (the form's schema refuses anything else). */
export function editableFieldsOf(app: ApplicationFields): ApplicationFields {
  const { company, role, link, source, location, remote, salaryNote, recruiterName, recruiterEmail, notes } = app;
  const { deadlineOn, posting, salaryMin, salaryMax, salaryCurrency } = app;
  return {
    company,
    role,
    link,
    source,
    location,
    remote,
    salaryNote,
    recruiterName,
    recruiterEmail,
    notes,
    deadlineOn,
    posting,
    salaryMin,
    salaryMax,
    salaryCurrency,
  };
}

type TextKey = 'company' | 'role' | 'link' | 'location' | 'salaryNote' | 'recruiterName' | 'recruiterEmail';
/** The typed fields; their limits are the schema's, checked on save with a message beside the field (never a silent cut). */
const textFields: { key: TextKey; type: string }[] = [
  { key: 'company', type: 'text' },
  { key: 'role', type: 'text' },
  { key: 'link', type: 'url' },
  { key: 'location', type: 'text' },
  { key: 'salaryNote', type: 'text' },
  { key: 'recruiterName', type: 'text' },
  { key: 'recruiterEmail', type: 'email' },
];

/**
 * The fields of an application, checked here as main will check them again.
 * `submit` returns a promise that rejects with the main process's refusal.
 */
export function ApplicationForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  heading,
}: {
  initial: ApplicationFields;
  submitLabel: string;
  /** `confirmDuplicate`: the person saw that this looks like one already tracked, and adds it anyway. */
  onSubmit: (fields: ApplicationFields, options: { confirmDuplicate: boolean }) => Promise<unknown>;
  onCancel?: () => void;
  heading?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ApplicationFields>(initial);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [duplicate, setDuplicate] = useState(false);
  const fields = useFieldErrors();
  const a = copy.applications;

  const submit = async (event: FormEvent | null, confirmDuplicate = false) => {
    event?.preventDefault();
    setDone(false);
    setDuplicate(false);
    const parsed = applicationFieldsSchema.safeParse(draft);
    if (!parsed.success) {
      fields.setErrors(fieldsOf(parsed.error));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(parsed.data, { confirmDuplicate });
      fields.clear();
      setDone(true);
      if (initial === emptyFields) setDraft(emptyFields);
    } catch (error) {
      fields.fromError(error);
      // Core asks first when this looks like one already tracked; the message beside Company names it.
      setDuplicate(error instanceof ClientError && error.code === 'conflict');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="application-form" onSubmit={(event) => void submit(event)} noValidate aria-label={heading ?? submitLabel}>
      <div className="form-grid">
        {textFields.map(({ key, type }) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{a[key]}</label>
            <input
              id={`${id}-${key}`}
              type={type}
              value={draft[key]}
              required={key === 'company'}
              onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
              {...fields.field(key)}
            />
            {fields.message(key)}
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${id}-source`}>{a.source}</label>
          <select
            id={`${id}-source`}
            value={draft.source}
            onChange={(event) => setDraft({ ...draft, source: event.target.value as ApplicationSource })}
            {...fields.field('source')}
          >
            {applicationSources.map((source) => (
              <option key={source} value={source}>
                {copy.sources[source]}
              </option>
            ))}
          </select>
          {fields.message('source')}
        </div>
        <label className="checkbox align-end">
          <input type="checkbox" checked={draft.remote} onChange={(event) => setDraft({ ...draft, remote: event.target.checked })} />
          {a.remote}
        </label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{a.notes}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={draft.notes}
          onChange={(event) => setDraft({ ...draft, notes: event.target.value })}
          {...fields.field('notes')}
        />
        {fields.message('notes')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {duplicate ? (
          <button type="button" className="button" disabled={busy} onClick={() => void submit(null, true)}>
            {a.addAnyway}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {a.cancel}
          </button>
        ) : null}
        <p className="form-status" role="status">
          {done ? (initial === emptyFields ? a.added : a.saved) : ''}
        </p>
        {fields.formMessage()}
      </div>
    </form>
  );
}
