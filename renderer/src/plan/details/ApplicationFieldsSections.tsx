import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import {
  applicationFieldsSchema,
  applicationSources,
  applicationStatuses,
  type ApplicationDetail,
  type ApplicationFields,
  type ApplicationSource,
  type ApplicationStatus,
} from '../../../../electron/core/applications/schema';
import { daySchema } from '../../../../electron/core/time/schema';
import { call } from '../../ipc/client';
import { copy } from '../format';
import { AutosaveField, SaveStatus } from './AutosaveField';
import { schemaMessage, useFieldAutosave } from '../../components/useFieldAutosave';

type FieldKey = keyof ApplicationFields | 'appliedOn';
type Draft = Record<Exclude<FieldKey, 'remote' | 'source'>, string> & { remote: boolean; source: ApplicationSource };

const draftOf = (app: ApplicationDetail): Draft => ({
  company: app.company,
  role: app.role,
  link: app.link,
  source: app.source,
  location: app.location,
  remote: app.remote,
  salaryNote: app.salaryNote,
  recruiterName: app.recruiterName,
  recruiterEmail: app.recruiterEmail,
  notes: app.notes,
  deadlineOn: app.deadlineOn ?? '',
  posting: app.posting,
  salaryMin: app.salaryMin === null ? '' : String(app.salaryMin),
  salaryMax: app.salaryMax === null ? '' : String(app.salaryMax),
  salaryCurrency: app.salaryCurrency,
  appliedOn: app.appliedOn ?? '',
});

/** What a control holds, as the schema takes it: an empty day or amount is none. */
function valueOf(key: FieldKey, raw: string | boolean): unknown {
  if (typeof raw === 'boolean') return raw;
  if (key === 'deadlineOn') return raw === '' ? null : raw;
  if (key === 'salaryMin' || key === 'salaryMax') return raw.trim() === '' ? null : Number(raw);
  return raw;
}

/** The same checks main runs first; ranges that need core's clock (two years ahead) come back from core. */
function check(key: FieldKey, value: unknown): string | null {
  return schemaMessage(key === 'appliedOn' ? daySchema : applicationFieldsSchema.shape[key], value);
}

/**
 * The application's own fields in the side panel, each saved as it is typed: the basics (with the
 * status, changed the way the card changes it), its dates, the salary range, the posting, notes.
 */
export function ApplicationFieldsSections({ app, onStatus }: { app: ApplicationDetail; onStatus: (status: ApplicationStatus) => void }) {
  const id = useId();
  const d = copy.details;
  const a = copy.applications;
  const queryClient = useQueryClient();
  // Seeded once: later reads (every save refreshes them) never overwrite what is being typed.
  const [draft, setDraft] = useState<Draft>(() => draftOf(app));
  const autosave = useFieldAutosave<FieldKey>({
    check,
    save: async (key, value) => {
      if (key === 'appliedOn') await call('applications:setAppliedOn', { id: app.id, day: value as string });
      else await call('applications:update', { id: app.id, fields: { [key]: value } });
      await queryClient.invalidateQueries();
    },
  });
  const kit = autosave.fields;
  const flush = () => void autosave.flush();
  const set = (key: Exclude<FieldKey, 'remote' | 'source'>) => (raw: string) => {
    setDraft((current) => ({ ...current, [key]: raw }));
    autosave.change(key, valueOf(key, raw));
  };
  const text = (key: Exclude<FieldKey, 'remote' | 'source'>, label: string, extra: Partial<Parameters<typeof AutosaveField>[0]> = {}) => (
    <AutosaveField kit={kit} name={key} label={label} value={draft[key]} onValue={set(key)} onBlur={flush} {...extra} />
  );

  return (
    <>
      <SaveStatus state={autosave.state} saving={d.saving} saved={d.saved} />
      <section className="panel-section" aria-labelledby={`${id}-basics`}>
        <h3 id={`${id}-basics`}>{d.basics}</h3>
        <div className="form-grid">
          {text('company', a.company)}
          {text('role', a.role)}
          {text('link', a.link, { type: 'url' })}
          {text('location', a.location)}
          <div className="field">
            <label htmlFor={`${id}-source`}>{a.source}</label>
            <select
              id={`${id}-source`}
              value={draft.source}
              onChange={(event) => {
                const source = event.target.value as ApplicationSource;
                setDraft((current) => ({ ...current, source }));
                autosave.change('source', source, { now: true });
              }}
              {...kit.field('source')}
            >
              {applicationSources.map((source) => (
                <option key={source} value={source}>
                  {copy.sources[source]}
                </option>
              ))}
            </select>
            {kit.message('source')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{a.status}</label>
            <select id={`${id}-status`} value={app.status} onChange={(event) => onStatus(event.target.value as ApplicationStatus)}>
              {applicationStatuses.map((status) => (
                <option key={status} value={status}>
                  {copy.statuses[status]}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox align-end">
            <input
              type="checkbox"
              checked={draft.remote}
              onChange={(event) => {
                const remote = event.target.checked;
                setDraft((current) => ({ ...current, remote }));
                autosave.change('remote', remote, { now: true });
              }}
            />
            {a.remote}
          </label>
        </div>
      </section>

      <section className="panel-section" aria-labelledby={`${id}-dates`}>
        <h3 id={`${id}-dates`}>{d.dates}</h3>
        <div className="form-grid">
          {app.appliedOn === null ? (
            <p className="hint">{d.notSentYet}</p>
          ) : (
            // Marked applied while the panel is open: the day core set shows until the person picks another.
            text('appliedOn', d.appliedOn, { type: 'date', hint: d.appliedOnHint, value: draft.appliedOn || app.appliedOn })
          )}
          {text('deadlineOn', d.deadline, { type: 'date', hint: d.deadlineHint })}
        </div>
      </section>

      <section className="panel-section" aria-labelledby={`${id}-salary`}>
        <h3 id={`${id}-salary`}>{d.salary}</h3>
        <div className="form-grid salary-grid">
          {text('salaryMin', d.salaryMin, { type: 'number', inputMode: 'numeric' })}
          {text('salaryMax', d.salaryMax, { type: 'number', inputMode: 'numeric' })}
          {text('salaryCurrency', d.salaryCurrency, { hint: d.salaryCurrencyHint })}
        </div>
        {text('salaryNote', a.salaryNote)}
      </section>

      <section className="panel-section" aria-labelledby={`${id}-posting`}>
        <h3 id={`${id}-posting`}>{d.posting}</h3>
        {text('posting', d.postingLabel, { type: 'textarea', rows: 8, hint: d.postingHint })}
      </section>

      <section className="panel-section" aria-labelledby={`${id}-notes`}>
        <h3 id={`${id}-notes`}>{d.notes}</h3>
        {text('notes', d.notesLabel, { type: 'textarea', rows: 4 })}
      </section>
    </>
  );
}
