import { format } from 'date-fns';
import { fieldsOf } from '../../../electron/core/ipc/fieldErrors';
import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { content, fillTemplate } from '../../../content';
import { arrivalChannels, newRejectionInput, stages, type ApplicationPrefill } from '../../../electron/core/reflection/schema';
import type { ViewProps } from '../components/navigation';
import { call, ClientError } from '../ipc/client';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { describedBy, FieldError } from './fields';
import type { FieldErrors } from './useStepAutosave';
import { FormError } from '../components/SaveRow';

const copy = content.reflectUi.form;
const today = () => format(new Date(), 'yyyy-MM-dd');

/** `#/reflect?new-rejection` or, from a tracked application, `#/reflect?new-rejection-<applicationId>`. */
export function NewRejection({ applicationId, navigate }: { applicationId: number | null; navigate: ViewProps['navigate'] }) {
  if (applicationId === null) return <RejectionForm prefill={null} navigate={navigate} />;
  return <PrefilledForm applicationId={applicationId} navigate={navigate} />;
}

function PrefilledForm({ applicationId, navigate }: { applicationId: number; navigate: ViewProps['navigate'] }) {
  const prefill = useApiQuery('rejections:prefill', { applicationId });
  if (prefill.isPending) return <p role="status">…</p>;
  return <RejectionForm prefill={prefill.data ?? null} missing={Boolean(prefill.error)} navigate={navigate} />;
}

interface Draft {
  company: string;
  role: string;
  stage: string;
  receivedOn: string;
  recruiterName: string;
  recruiterEmail: string;
  channel: string;
  note: string;
}

function RejectionForm({
  prefill,
  missing = false,
  navigate,
}: {
  prefill: ApplicationPrefill | null;
  missing?: boolean;
  navigate: ViewProps['navigate'];
}) {
  const baseId = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    company: prefill?.company ?? '',
    role: prefill?.role ?? '',
    stage: prefill?.stage ?? 'applied',
    receivedOn: today(),
    recruiterName: prefill?.recruiterName ?? '',
    recruiterEmail: prefill?.recruiterEmail ?? '',
    channel: 'email',
    note: '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [linkedId, setLinkedId] = useState<number | null>(null);
  // Logged by hand: the tracked applications of the same company, so it can be linked to one.
  const company = useDeferredValue(draft.company.trim().slice(0, 200));
  const matches = useApiQuery('rejections:matchingApplications', { company });
  const candidates = prefill || company === '' ? [] : (matches.data ?? []);
  const linked = candidates.some((candidate) => candidate.id === linkedId) ? linkedId : null;
  const create = useApiMutation('rejections:create');
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });

  const submit = (reflectNow: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const candidate = { ...draft, applicationId: prefill?.applicationId ?? linked };
    const parsed = newRejectionInput.safeParse(candidate);
    const local: FieldErrors = parsed.success ? {} : fieldsOf(parsed.error);
    if (draft.receivedOn > today()) local.receivedOn ??= content.reflectUi.errors.futureDate;
    if (!parsed.success || Object.keys(local).length) {
      setErrors(local);
      document.getElementById(`${baseId}-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: async (rejection) => {
        if (reflectNow) {
          await call('reflection:start', { rejectionId: rejection.id });
          navigate('reflect', `reflect-${rejection.id}`);
        } else navigate('reflect', `rejection-${rejection.id}`);
      },
      onError: (error) => setErrors(error instanceof ClientError ? { ...error.fields, _: error.message } : { _: String(error) }),
    });
  };

  const text = (key: keyof Draft, label: string, props: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`${baseId}-${key}`}>{label}</label>
      <input id={`${baseId}-${key}`} value={draft[key]} onChange={set(key)} {...props} {...describedBy(errors, key, baseId)} />
      <FieldError errors={errors} name={key} baseId={baseId} />
    </div>
  );

  return (
    <form className="card rejection-form" onSubmit={submit(true)} noValidate aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>{copy.heading}</h2>
      <p className="hint">
        {prefill ? fillTemplate(copy.prefilled, { company: prefill.company }) : missing ? copy.prefillMissing : copy.intro}
      </p>
      <div className="form-grid">
        {text('company', copy.company, { required: true, 'aria-required': true, autoComplete: 'organization' })}
        {text('role', copy.role)}
        {candidates.length ? (
          <div className="field">
            <label htmlFor={`${baseId}-applicationId`}>{copy.application}</label>
            <select
              id={`${baseId}-applicationId`}
              value={linked === null ? '' : String(linked)}
              aria-describedby={`${baseId}-applicationId-hint`}
              onChange={(event) => setLinkedId(event.target.value === '' ? null : Number(event.target.value))}
            >
              <option value="">{copy.applicationNone}</option>
              {candidates.map((candidate) => (
                <option key={candidate.id} value={String(candidate.id)}>
                  {fillTemplate(copy.applicationOption, {
                    company: candidate.company,
                    role: candidate.role || content.planner.wins.roleFallback,
                    status: content.planner.statuses[candidate.status as keyof typeof content.planner.statuses] ?? candidate.status,
                  })}
                </option>
              ))}
            </select>
            <p className="hint" id={`${baseId}-applicationId-hint`}>
              {copy.applicationHint}
            </p>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${baseId}-stage`}>{copy.stage}</label>
          <select id={`${baseId}-stage`} value={draft.stage} onChange={set('stage')} {...describedBy(errors, 'stage', baseId)}>
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {content.reflection.stages.find((entry) => entry.id === stage)?.label}
              </option>
            ))}
          </select>
          <FieldError errors={errors} name="stage" baseId={baseId} />
        </div>
        {text('receivedOn', copy.receivedOn, { type: 'date', max: today() })}
        {text('recruiterName', copy.recruiterName)}
        {text('recruiterEmail', copy.recruiterEmail, { type: 'email', autoComplete: 'off' })}
        <div className="field">
          <label htmlFor={`${baseId}-channel`}>{copy.channel}</label>
          <select id={`${baseId}-channel`} value={draft.channel} onChange={set('channel')} {...describedBy(errors, 'channel', baseId)}>
            {arrivalChannels.map((channel) => (
              <option key={channel} value={channel}>
                {content.reflection.channels.find((entry) => entry.id === channel)?.label}
              </option>
            ))}
          </select>
          <FieldError errors={errors} name="channel" baseId={baseId} />
        </div>
      </div>
      <div className="field wide">
        <label htmlFor={`${baseId}-note`}>{copy.note}</label>
        <textarea id={`${baseId}-note`} rows={3} value={draft.note} onChange={set('note')} {...describedBy(errors, 'note', baseId)} />
        <FieldError errors={errors} name="note" baseId={baseId} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={create.isPending}>
          {copy.reflectNow}
        </button>
        <button type="button" className="button" disabled={create.isPending} onClick={() => submit(false)()}>
          {copy.saveLater}
        </button>
        <button type="button" className="button subtle" onClick={() => navigate('reflect')}>
          {copy.cancel}
        </button>
        <FormError message={errors._} />
      </div>
    </form>
  );
}
