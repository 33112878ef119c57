import { useId, useState, type FormEvent } from 'react';
import {
  applicationFieldsSchema,
  applicationSources,
  blankFields,
  type ApplicationFields,
  type ApplicationSource,
  type LikelyDuplicate,
} from '../../../electron/core/applications/schema';
import { daySchema, type Day } from '../../../electron/core/time/schema';
import { copy } from './format';
import { fieldsOf, type FieldMessages } from '../../../electron/core/ipc/fieldErrors';
import { useFieldErrors, withNumberHint } from '../components/useFieldErrors';
import { call, ClientError } from '../ipc/client';

/** What the add form sends: the application's fields, and how far it has got (applied on a day, or saved for later). */
export type NewApplication = ApplicationFields & { status: 'applied' | 'saved'; day?: Day; confirmDuplicate: boolean };

interface Draft {
  company: string;
  role: string;
  link: string;
  location: string;
  source: ApplicationSource;
  remote: boolean;
  status: 'applied' | 'saved';
  appliedOn: Day;
  notes: string;
  deadlineOn: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryNote: string;
  posting: string;
}

const blankDraft = (today: Day): Draft => ({
  company: '',
  role: '',
  link: '',
  location: '',
  source: 'job_board',
  remote: false,
  status: 'applied',
  appliedOn: today,
  notes: '',
  deadlineOn: '',
  salaryMin: '',
  salaryMax: '',
  salaryCurrency: '',
  salaryNote: '',
  posting: '',
});

/** Behind "More details": a refusal of one of these opens it, so the field in error can be seen and focused. */
const moreKeys = ['deadlineOn', 'salaryMin', 'salaryMax', 'salaryCurrency', 'salaryNote', 'posting'];
const amount = (raw: string) => (raw.trim() === '' ? null : Number(raw));

type TextKey = 'company' | 'role' | 'link' | 'location';
const textFields: { key: TextKey; type: string }[] = [
  { key: 'company', type: 'text' },
  { key: 'role', type: 'text' },
  { key: 'link', type: 'url' },
  { key: 'location', type: 'text' },
];

/** Core names the applied day `day`; the form shows it as Applied on. */
const appliedOnNamed = (messages: FieldMessages): FieldMessages => {
  const { day, ...rest } = messages;
  return day === undefined ? rest : { appliedOn: day, ...rest };
};

/**
 * The add form: the basics, whether it is sent (and on which day: today unless back-dated) or
 * saved for later, notes, and behind "More details" the deadline, salary range and posting. Checked
 * here as core will check it again; a refusal shows beside its field and nothing typed is lost.
 * When core says it looks already tracked, the form asks: add anyway, or open the one there.
 */
export function ApplicationForm({
  today,
  onSubmit,
  onOpenExisting,
}: {
  today: Day;
  onSubmit: (application: NewApplication) => Promise<unknown>;
  onOpenExisting: (id: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => blankDraft(today));
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [duplicate, setDuplicate] = useState<LikelyDuplicate | 'unknown' | null>(null);
  const fields = useFieldErrors();
  const a = copy.applications;
  const d = copy.details;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const refuse = (messages: FieldMessages) => {
    if (Object.keys(messages).some((key) => moreKeys.includes(key))) setMore(true);
    fields.setErrors(messages);
  };

  const submit = async (event: FormEvent | null, confirmDuplicate = false) => {
    event?.preventDefault();
    setDone(false);
    setDuplicate(null);
    const candidate = {
      ...blankFields,
      company: draft.company,
      role: draft.role,
      link: draft.link,
      location: draft.location,
      source: draft.source,
      remote: draft.remote,
      notes: draft.notes,
      deadlineOn: draft.deadlineOn === '' ? null : draft.deadlineOn,
      salaryMin: amount(draft.salaryMin),
      salaryMax: amount(draft.salaryMax),
      salaryCurrency: draft.salaryCurrency,
      salaryNote: draft.salaryNote,
      posting: draft.posting,
    };
    const parsed = applicationFieldsSchema.safeParse(candidate);
    const day = draft.status === 'applied' ? daySchema.safeParse(draft.appliedOn) : null;
    if (!parsed.success || (day && !day.success)) {
      refuse({
        ...(day && !day.success ? { appliedOn: day.error.issues[0]?.message ?? '' } : {}),
        ...(parsed.success ? {} : withNumberHint(fieldsOf(parsed.error), candidate, copy.errors.salaryWhole)),
      });
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        ...parsed.data,
        status: draft.status,
        ...(draft.status === 'applied' ? { day: draft.appliedOn } : {}),
        confirmDuplicate,
      });
      fields.clear();
      setDone(true);
      setMore(false);
      setDraft(blankDraft(today));
    } catch (error) {
      if (error instanceof ClientError && error.code === 'conflict') {
        // Core asks first when this looks like one already tracked: find which, to offer opening it.
        setDuplicate('unknown');
        fields.fromError(error);
        const { company, role, link } = parsed.data;
        call('applications:likelyDuplicate', { company, role, link })
          .then((found) => setDuplicate(found ?? 'unknown'))
          .catch(() => setDuplicate('unknown'));
      } else if (error instanceof ClientError && Object.keys(error.fields).length > 0) {
        refuse(appliedOnNamed(error.fields));
      } else {
        fields.fromError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  const text = (key: keyof Draft & string, label: string, type = 'text', hint?: string) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={draft[key] as string}
        required={key === 'company'}
        onChange={(event) => set(key, event.target.value as never)}
        {...fields.field(key, hint ? `${id}-${key}-hint` : undefined)}
      />
      {hint ? (
        <span className="hint" id={`${id}-${key}-hint`}>
          {hint}
        </span>
      ) : null}
      {fields.message(key)}
      {key === 'company' && duplicate ? (
        <div className="duplicate-question" role="group" aria-label={d.duplicateQuestion}>
          <button type="button" className="button small primary" disabled={busy} onClick={() => void submit(null, true)}>
            {d.addAnyway}
          </button>
          {duplicate !== 'unknown' ? (
            <button type="button" className="button small" onClick={() => onOpenExisting(duplicate.id)}>
              {d.openExisting}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );

  return (
    <form className="application-form" onSubmit={(event) => void submit(event)} noValidate aria-label={a.addHeading}>
      <div className="form-grid">
        {textFields.map(({ key, type }) => text(key, a[key], type))}
        <div className="field">
          <label htmlFor={`${id}-source`}>{a.source}</label>
          <select id={`${id}-source`} value={draft.source} onChange={(event) => set('source', event.target.value as ApplicationSource)}>
            {applicationSources.map((source) => (
              <option key={source} value={source}>
                {copy.sources[source]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox align-end">
          <input type="checkbox" checked={draft.remote} onChange={(event) => set('remote', event.target.checked)} />
          {a.remote}
        </label>
        <div className="field">
          <label htmlFor={`${id}-status`}>{a.status}</label>
          <select id={`${id}-status`} value={draft.status} onChange={(event) => set('status', event.target.value as Draft['status'])}>
            <option value="applied">{copy.statuses.applied}</option>
            <option value="saved">{copy.statuses.saved}</option>
          </select>
        </div>
        {draft.status === 'applied' ? text('appliedOn', d.appliedOn, 'date', d.appliedOnHint) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{a.notes}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={draft.notes}
          onChange={(event) => set('notes', event.target.value)}
          {...fields.field('notes')}
        />
        {fields.message('notes')}
      </div>
      <button
        type="button"
        className="link-button more-details"
        aria-expanded={more}
        aria-controls={`${id}-more`}
        onClick={() => setMore(!more)}
      >
        {d.moreDetails}
        <span className="hint"> ({d.moreDetailsHint})</span>
      </button>
      <div id={`${id}-more`} hidden={!more}>
        {more ? (
          <>
            <div className="form-grid">
              {text('deadlineOn', d.deadline, 'date', d.deadlineHint)}
              {text('salaryMin', `${d.salary}: ${d.salaryMin}`, 'number')}
              {text('salaryMax', `${d.salary}: ${d.salaryMax}`, 'number')}
              {text('salaryCurrency', d.salaryCurrency, 'text', d.salaryCurrencyHint)}
              {text('salaryNote', a.salaryNote)}
            </div>
            <div className="field">
              <label htmlFor={`${id}-posting`}>{d.postingLabel}</label>
              <textarea
                id={`${id}-posting`}
                rows={6}
                value={draft.posting}
                onChange={(event) => set('posting', event.target.value)}
                {...fields.field('posting', `${id}-posting-hint`)}
              />
              <span className="hint" id={`${id}-posting-hint`}>
                {d.postingHint}
              </span>
              {fields.message('posting')}
            </div>
          </>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {a.add}
        </button>
        <p className="form-status" role="status">
          {done ? a.added : ''}
        </p>
        {fields.formMessage()}
      </div>
    </form>
  );
}
