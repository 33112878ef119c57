import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import {
  createInterviewInput,
  interviewFieldsSchema,
  interviewKinds,
  type Contact,
  type Interview,
  type InterviewFields,
  type InterviewKind,
} from '../../../../electron/core/applications/people/schema';
import { fieldsOf } from '../../../../electron/core/ipc/fieldErrors';
import { call } from '../../ipc/client';
import { useApiMutation, useApiQuery } from '../../ipc/queries';
import { useFieldErrors, type FieldErrorsKit } from '../../components/useFieldErrors';
import { formatMoment } from '../../components/format';
import { copy, fill, shortDay } from '../format';
import { AutosaveField, SaveStatus } from './AutosaveField';
import { schemaMessage, useFieldAutosave } from '../../components/useFieldAutosave';

/** The zone this computer runs in: where a new round starts. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Every zone the runtime knows, with the system's and the round's own always among them. */
function zoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, systemTimeZone(), current, 'UTC'])].sort();
}

/** "Europe" of "Europe/Berlin"; a zone without a region ("UTC") is its own. */
export const regionOf = (zone: string): string => zone.split('/')[0] ?? zone;

/**
 * The zones to pick from, a region at a time: the region's select, then its zones by city. Two short
 * lists instead of one of four hundred, so a round's editor beside a new round stays light.
 */
function zonePicker(current: string): { regions: string[]; region: string; zones: { zone: string; city: string }[]; all: string[] } {
  const all = zoneChoices(current);
  const region = regionOf(current);
  const zones = all
    .filter((zone) => regionOf(zone) === region)
    .map((zone) => ({ zone, city: (zone.includes('/') ? zone.slice(region.length + 1) : zone).replace(/_/g, ' ') }));
  return { regions: [...new Set(all.map(regionOf))], region, zones, all };
}

type RoundDraft = Pick<InterviewFields, 'kind' | 'date' | 'time' | 'timeZone' | 'place' | 'prepNotes' | 'contactIds'>;

/**
 * The round's when, where and with whom. Shared by the add form (the caller sends it on Add) and
 * a round's editor (each change saved as it is made).
 */
function RoundFields({
  draft,
  people,
  kit,
  onChange,
  onBlur,
}: {
  draft: RoundDraft;
  people: Contact[];
  kit: FieldErrorsKit;
  onChange: <K extends keyof RoundDraft>(key: K, value: RoundDraft[K], now?: boolean) => void;
  onBlur: () => void;
}) {
  const id = useId();
  const d = copy.details;
  const picker = zonePicker(draft.timeZone);
  return (
    <>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{d.kind}</label>
          <select
            id={`${id}-kind`}
            value={draft.kind}
            onChange={(event) => onChange('kind', event.target.value as InterviewKind, true)}
            {...kit.field('kind')}
          >
            {interviewKinds.map((kind) => (
              <option key={kind} value={kind}>
                {copy.interviewKinds[kind]}
              </option>
            ))}
          </select>
          {kit.message('kind')}
        </div>
        <AutosaveField
          kit={kit}
          name="date"
          label={d.day}
          type="date"
          value={draft.date}
          onValue={(v) => onChange('date', v)}
          onBlur={onBlur}
        />
        <div className="field">
          <label htmlFor={`${id}-time`}>{d.time}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={draft.time}
            onChange={(event) => onChange('time', event.target.value)}
            onBlur={onBlur}
            {...kit.field('time')}
          />
          {kit.message('time')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-region`}>{d.timeZoneRegion}</label>
          <select
            id={`${id}-region`}
            value={picker.region}
            onChange={(event) => {
              // A new region starts on its first zone (the system's own when it lies there).
              const system = systemTimeZone();
              const next =
                regionOf(system) === event.target.value ? system : picker.all.find((zone) => regionOf(zone) === event.target.value);
              if (next) onChange('timeZone', next, true);
            }}
          >
            {picker.regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>{d.timeZone}</label>
          <select
            id={`${id}-zone`}
            value={draft.timeZone}
            onChange={(event) => onChange('timeZone', event.target.value, true)}
            {...kit.field('timeZone')}
          >
            {picker.zones.map(({ zone, city }) => (
              <option key={zone} value={zone}>
                {city}
              </option>
            ))}
          </select>
          {kit.message('timeZone')}
        </div>
      </div>
      <fieldset className="with-whom">
        <legend>{d.withWhom}</legend>
        {people.length === 0 ? <p className="hint">{d.withWhomNone}</p> : null}
        {people.map((person) => (
          <label key={person.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.contactIds.includes(person.id)}
              onChange={(event) =>
                onChange(
                  'contactIds',
                  event.target.checked ? [...draft.contactIds, person.id] : draft.contactIds.filter((other) => other !== person.id),
                  true,
                )
              }
            />
            {person.name}
          </label>
        ))}
        {kit.message('contactIds')}
      </fieldset>
      <AutosaveField kit={kit} name="place" label={d.place} value={draft.place} onValue={(v) => onChange('place', v)} onBlur={onBlur} />
      <AutosaveField
        kit={kit}
        name="prepNotes"
        label={d.prepNotes}
        type="textarea"
        rows={3}
        value={draft.prepNotes}
        onValue={(v) => onChange('prepNotes', v)}
        onBlur={onBlur}
      />
    </>
  );
}

const summaryOf = (round: Interview) =>
  fill(copy.details.roundSummary, { kind: copy.interviewKinds[round.kind], date: shortDay(round.date), time: round.time });

/** An application's interview rounds: when (in their own zone), where, with whom, prep notes, and afterwards how it went. */
export function InterviewsSection({ applicationId, now }: { applicationId: number; now: Date }) {
  const id = useId();
  const d = copy.details;
  const rounds = useApiQuery('interviews:list', { applicationId });
  const linked = useApiQuery('contacts:list', { applicationId });
  const people = linked.data ?? [];
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel-section" aria-labelledby={`${id}-rounds`}>
      <h3 id={`${id}-rounds`}>{d.interviews}</h3>
      {rounds.error ? <p role="alert">{rounds.error.message}</p> : null}
      {rounds.data && rounds.data.length === 0 ? <p className="hint">{d.interviewsNone}</p> : null}
      <ul className="rounds">
        {(rounds.data ?? []).map((round) => {
          const summary = summaryOf(round);
          const names = people.filter((person) => round.contactIds.includes(person.id)).map((person) => person.name);
          return (
            <li key={round.id}>
              <p className="round-line">
                <strong>{summary}</strong> <span className="hint">{fill(d.roundZone, { zone: round.timeZone.replace(/_/g, ' ') })}</span>
                {round.timeZone !== systemTimeZone() ? (
                  <span className="hint"> · {fill(d.yourTime, { moment: formatMoment(round.startsAt) })}</span>
                ) : null}
              </p>
              {names.length || round.place ? (
                <p className="hint">
                  {[names.length ? fill(d.roundWith, { names: names.join(', ') }) : '', round.place].filter(Boolean).join(' · ')}
                </p>
              ) : null}
              {new Date(round.startsAt) <= now ? <HowItWent round={round} /> : null}
              <button
                type="button"
                className="button small"
                aria-expanded={editing === round.id}
                onClick={() => setEditing(editing === round.id ? null : round.id)}
              >
                {editing === round.id ? d.doneEditing : fill(d.editRound, { summary })}
              </button>
              {editing === round.id ? <RoundEditor round={round} people={people} onDeleted={() => setEditing(null)} /> : null}
            </li>
          );
        })}
      </ul>
      <button type="button" className="button small" aria-expanded={adding} onClick={() => setAdding(!adding)}>
        {d.addRound}
      </button>
      {adding ? <AddRound applicationId={applicationId} people={people} /> : null}
    </section>
  );
}

/** The two-minute note after a round, saved as it is typed. */
function HowItWent({ round }: { round: Interview }) {
  const d = copy.details;
  const queryClient = useQueryClient();
  const [text, setText] = useState(round.howItWent);
  const autosave = useFieldAutosave<'howItWent'>({
    check: (_key, value) => schemaMessage(interviewFieldsSchema.shape.howItWent, value),
    save: async (_key, value) => {
      await call('interviews:noteHowItWent', { id: round.id, howItWent: value as string });
      await queryClient.invalidateQueries();
    },
  });
  return (
    <div className="how-it-went">
      <AutosaveField
        kit={autosave.fields}
        name="howItWent"
        label={d.howItWent}
        type="textarea"
        rows={3}
        hint={d.howItWentHint}
        value={text}
        onValue={(value) => {
          setText(value);
          autosave.change('howItWent', value);
        }}
        onBlur={() => void autosave.flush()}
      />
      <SaveStatus state={autosave.state} saving={d.saving} saved={d.saved} />
    </div>
  );
}

function RoundEditor({ round, people, onDeleted }: { round: Interview; people: Contact[]; onDeleted: () => void }) {
  const d = copy.details;
  const queryClient = useQueryClient();
  const remove = useApiMutation('interviews:delete');
  const [draft, setDraft] = useState<RoundDraft>(() => ({
    kind: round.kind,
    date: round.date,
    time: round.time,
    timeZone: round.timeZone,
    place: round.place,
    prepNotes: round.prepNotes,
    contactIds: round.contactIds,
  }));
  const autosave = useFieldAutosave<keyof RoundDraft>({
    check: (key, value) => schemaMessage(interviewFieldsSchema.shape[key], value),
    save: async (key, value) => {
      await call('interviews:update', { id: round.id, fields: { [key]: value } });
      await queryClient.invalidateQueries();
    },
  });
  return (
    <div className="round-editor">
      <RoundFields
        draft={draft}
        people={people}
        kit={autosave.fields}
        onChange={(key, value, now) => {
          setDraft((current) => ({ ...current, [key]: value }));
          autosave.change(key, value, { now: now ?? false });
        }}
        onBlur={() => void autosave.flush()}
      />
      <div className="form-actions">
        <SaveStatus state={autosave.state} saving={d.saving} saved={d.saved} />
        <button
          type="button"
          className="button small danger"
          onClick={() => {
            if (window.confirm(d.deleteRoundConfirm)) remove.mutate({ id: round.id }, { onSuccess: onDeleted });
          }}
        >
          {d.deleteRound}
        </button>
      </div>
    </div>
  );
}

/** A new round: made on an explicit Add, refused beside its field (a day out of range, a time the clocks skip). */
function AddRound({ applicationId, people }: { applicationId: number; people: Contact[] }) {
  const d = copy.details;
  const create = useApiMutation('interviews:create');
  const kit = useFieldErrors();
  const blank = (): RoundDraft => ({
    kind: 'screen',
    date: '',
    time: '10:00',
    timeZone: systemTimeZone(),
    place: '',
    prepNotes: '',
    contactIds: [],
  });
  const [draft, setDraft] = useState<RoundDraft>(blank);
  const [added, setAdded] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    const parsed = createInterviewInput.safeParse({ ...draft, applicationId });
    if (!parsed.success) {
      kit.setErrors(fieldsOf(parsed.error));
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: () => {
        kit.clear();
        setDraft(blank());
        setAdded(true);
      },
      onError: kit.fromError,
    });
  };
  return (
    <form className="round-editor" noValidate aria-label={d.addRound} onSubmit={submit}>
      <RoundFields
        draft={draft}
        people={people}
        kit={kit}
        onChange={(key, value) => setDraft((current) => ({ ...current, [key]: value }))}
        onBlur={() => undefined}
      />
      <div className="form-actions">
        <button type="submit" className="button small primary" disabled={create.isPending}>
          {d.addRoundButton}
        </button>
        <p className="form-status" role="status">
          {added ? d.roundAdded : ''}
        </p>
        {kit.formMessage()}
      </div>
    </form>
  );
}
