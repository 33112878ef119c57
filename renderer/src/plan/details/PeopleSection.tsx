import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import {
  contactFieldsSchema,
  contactPickSize,
  contactRelations,
  type Contact,
  type ContactRelation,
} from '../../../../electron/core/applications/people/schema';
import { fieldsOf } from '../../../../electron/core/ipc/fieldErrors';
import { call, type ClientError } from '../../ipc/client';
import { useApiMutation, useApiQuery } from '../../ipc/queries';
import { useFieldErrors } from '../../components/useFieldErrors';
import { copy, fill } from '../format';
import { AutosaveField, SaveStatus } from './AutosaveField';
import { nameOf } from '../PersonPicker';
import { personFieldSpecs, usePersonFields, type PersonKey } from './usePersonFields';

/** A linked person's details here: the company is the application's, not asked again. */
const personFields = ['name', 'role', 'email', 'phone', 'profileLink', 'notes'] as const satisfies readonly PersonKey[];
type LinkedKey = (typeof personFields)[number];
const blankPerson: Record<LinkedKey, string> = { name: '', role: '', email: '', phone: '', profileLink: '', notes: '' };

function RelationSelect({ value, onChange }: { value: ContactRelation; onChange: (relation: ContactRelation) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{copy.details.relation}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as ContactRelation)}>
        {contactRelations.map((relation) => (
          <option key={relation} value={relation}>
            {copy.relations[relation]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The people of one application: who they are, a way to change their details, unlink, add someone new, or link someone known. */
export function PeopleSection({ applicationId, company }: { applicationId: number; company: string }) {
  const id = useId();
  const d = copy.details;
  const linked = useApiQuery('contacts:list', { applicationId });
  const unlink = useApiMutation('contacts:unlink');
  const [editing, setEditing] = useState<number | null>(null);
  const people = linked.data ?? [];
  return (
    <section className="panel-section" aria-labelledby={`${id}-people`}>
      <h3 id={`${id}-people`}>{d.people}</h3>
      {linked.error ? <p role="alert">{linked.error.message}</p> : null}
      {linked.data && people.length === 0 ? <p className="hint">{d.peopleNone}</p> : null}
      <ul className="people-list">
        {people.map((person) => (
          <li key={person.id}>
            <p className="person-line">
              <strong>{person.name}</strong>
              {[person.relation ? copy.relations[person.relation] : '', person.role, person.email, person.phone, person.profileLink]
                .filter(Boolean)
                .map((part) => (
                  <span key={part}> · {part}</span>
                ))}
            </p>
            {person.notes ? <p className="hint">{person.notes}</p> : null}
            <div className="button-row">
              <button
                type="button"
                className="button small"
                aria-expanded={editing === person.id}
                onClick={() => setEditing(editing === person.id ? null : person.id)}
              >
                {editing === person.id ? d.doneEditing : fill(d.edit, { name: person.name })}
              </button>
              <button type="button" className="button small" onClick={() => unlink.mutate({ applicationId, contactId: person.id })}>
                {fill(d.unlink, { name: person.name })}
              </button>
            </div>
            {editing === person.id ? <PersonEditor person={person} /> : null}
          </li>
        ))}
      </ul>
      {unlink.error ? <p role="alert">{unlink.error.message}</p> : null}
      <AddPerson applicationId={applicationId} company={company} />
      <LinkPerson applicationId={applicationId} />
    </section>
  );
}

/** A linked person's details, saved as they are typed (the company is the application's, not asked again). */
function PersonEditor({ person }: { person: Contact }) {
  const d = copy.details;
  const fields = usePersonFields(person, personFields);
  return (
    <div className="person-editor">
      <div className="form-grid">
        {personFields.map((key) => (
          <AutosaveField key={key} {...fields.field(key)} rows={3} className={key === 'notes' ? 'field wide' : 'field'} />
        ))}
      </div>
      <SaveStatus state={fields.state} saving={d.saving} saved={d.saved} />
    </div>
  );
}

/** Someone new, linked at once: an explicit Add (a person is made once, not as each letter of their name arrives). */
function AddPerson({ applicationId, company }: { applicationId: number; company: string }) {
  const id = useId();
  const d = copy.details;
  const create = useApiMutation('contacts:create');
  const kit = useFieldErrors();
  const [draft, setDraft] = useState(blankPerson);
  const [relation, setRelation] = useState<ContactRelation>('recruiter');
  const [added, setAdded] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const parsed = contactFieldsSchema.safeParse({ ...draft, company });
    if (!parsed.success) {
      kit.setErrors(fieldsOf(parsed.error));
      return;
    }
    create.mutate(
      { ...parsed.data, applicationId, relation },
      {
        onSuccess: (person) => {
          kit.clear();
          setDraft(blankPerson);
          setAdded(fill(d.personAdded, { name: person.name }));
        },
        onError: kit.fromError,
      },
    );
  };
  return (
    <details className="panel-subsection">
      <summary>{d.addPerson}</summary>
      <form noValidate aria-labelledby={`${id}-add`} onSubmit={submit}>
        <h4 id={`${id}-add`} className="visually-hidden">
          {d.addPerson}
        </h4>
        <div className="form-grid">
          {personFields.map((key) => (
            <AutosaveField
              key={key}
              kit={kit}
              name={key}
              label={personFieldSpecs[key].label}
              type={personFieldSpecs[key].type}
              rows={3}
              className={key === 'notes' ? 'field wide' : 'field'}
              value={draft[key]}
              onValue={(value) => setDraft((current) => ({ ...current, [key]: value }))}
              onBlur={() => undefined}
            />
          ))}
          <RelationSelect value={relation} onChange={setRelation} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button small primary" disabled={create.isPending}>
            {d.addPersonButton}
          </button>
          <p className="form-status" role="status">
            {added ?? ''}
          </p>
          {kit.formMessage()}
        </div>
      </form>
    </details>
  );
}

/**
 * Someone already in Rebound (met at another company, say), linked with who they are here. Found by a
 * few letters of the name or company, a short list at a time: years of contacts never fill the panel.
 * Read only once opened.
 */
function LinkPerson({ applicationId }: { applicationId: number }) {
  const id = useId();
  const d = copy.details;
  const link = useApiMutation('contacts:link');
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const input = { notLinkedTo: applicationId, limit: contactPickSize + 1, ...(term ? { search: term } : {}) };
  const found = useQuery<Contact[], ClientError>({
    queryKey: ['contacts:list', input],
    queryFn: () => call('contacts:list', input),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const candidates = (found.data ?? []).slice(0, contactPickSize);
  const more = (found.data?.length ?? 0) > contactPickSize;
  const [chosen, setChosen] = useState('');
  const [relation, setRelation] = useState<ContactRelation>('other');
  const pick = chosen !== '' && candidates.some((c) => String(c.id) === chosen) ? chosen : '';
  return (
    <details className="panel-subsection" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{d.linkExisting}</summary>
      {open ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-find`}>{d.linkSearch}</label>
            <input id={`${id}-find`} type="search" maxLength={200} value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          {found.error ? <p role="alert">{found.error.message}</p> : null}
          {found.data && candidates.length === 0 ? <p className="hint">{term ? d.linkNoMatch : d.linkNoOne}</p> : null}
          {candidates.length ? (
            <form
              className="inline-fields"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                const contactId = Number(pick || candidates[0]?.id);
                if (contactId) link.mutate({ applicationId, contactId, relation }, { onSuccess: () => setChosen('') });
              }}
            >
              <div className="field">
                <label htmlFor={`${id}-who`}>{d.linkPick}</label>
                <select
                  id={`${id}-who`}
                  value={pick || String(candidates[0]?.id ?? '')}
                  onChange={(event) => setChosen(event.target.value)}
                >
                  {candidates.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {nameOf(candidate)}
                    </option>
                  ))}
                </select>
              </div>
              <RelationSelect value={relation} onChange={setRelation} />
              <button type="submit" className="button small align-end" disabled={link.isPending}>
                {d.linkButton}
              </button>
            </form>
          ) : null}
          {more ? <p className="hint">{fill(d.linkMore, { count: String(contactPickSize) })}</p> : null}
        </>
      ) : null}
      {link.error ? <p role="alert">{link.error.message}</p> : null}
    </details>
  );
}
