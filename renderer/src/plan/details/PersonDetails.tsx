import { useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { contactHistoryPageSize, type Contact, type ContactMoment } from '../../../../electron/core/applications/people/schema';
import { call, type ClientError } from '../../ipc/client';
import { useApiQuery } from '../../ipc/queries';
import { copy, fill, longDay } from '../format';
import { AutosaveField, SaveStatus } from './AutosaveField';
import { SidePanel } from './SidePanel';
import { usePersonFields, type PersonKey } from './usePersonFields';
import './details.css';

/** Two to a row; the email and the profile link, often long, a row each. */
const fieldsShown = ['name', 'role', 'company', 'phone', 'email', 'profileLink', 'notes'] as const;
const wideFields = new Set<PersonKey>(['email', 'profileLink', 'notes']);

/**
 * One person in a side panel at the window's full height (the People tab's, as an application's):
 * their details saved as they are typed, the applications they are on (each opens its own panel),
 * their history with you a page at a time, and a delete that says first what it does.
 */
export function PersonDetails({
  id,
  onClose,
  onDeleted,
  onOpenApplication,
}: {
  id: number;
  onClose: () => void;
  onDeleted: (name: string) => void;
  onOpenApplication: (applicationId: number) => void;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = useApiQuery('contacts:get', { id });
  const p = copy.people;
  const person = detail.data?.contact;
  return (
    <SidePanel labelledBy={headingId} headingRef={heading} onClose={onClose}>
      <header className="side-panel-head">
        <div>
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {person?.name ?? p.heading}
          </h2>
          {person && (person.role || person.company) ? (
            <p className="app-role">{[person.role, person.company].filter(Boolean).join(' · ')}</p>
          ) : null}
        </div>
        <button type="button" className="button small" aria-label={fill(p.closeLabel, { name: person?.name ?? '' })} onClick={onClose}>
          {p.close}
        </button>
      </header>
      {!detail.data || !person ? (
        detail.error ? (
          <p role="alert">{detail.error.message}</p>
        ) : (
          <p role="status">{copy.applications.loading}</p>
        )
      ) : (
        <div className="side-panel-body">
          <p className="hint">{copy.details.autosaveHint}</p>
          <PersonFields key={person.id} person={person} />
          <section className="panel-section" aria-labelledby={`${headingId}-apps`}>
            <h3 id={`${headingId}-apps`}>{p.applications}</h3>
            {detail.data.applications.length === 0 ? <p className="hint">{p.applicationsNone}</p> : null}
            <ul className="plain-list person-applications">
              {detail.data.applications.map((app) => (
                <li key={app.id}>
                  <button type="button" className="link-button" onClick={() => onOpenApplication(app.id)}>
                    {fill(p.openApplication, { company: app.company, role: app.role })}
                  </button>
                  <span className="hint">
                    {' '}
                    · {copy.relations[app.relation]} · {copy.statuses[app.status]}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <PersonHistory id={person.id} labelledBy={`${headingId}-history`} onOpenApplication={onOpenApplication} />
          <DeletePerson person={person} linked={detail.data.applications.length} onDeleted={onDeleted} />
        </div>
      )}
    </SidePanel>
  );
}

/** Their details, each saved shortly after typing stops: a bad email or a link that is not http(s) is refused beside its field. */
function PersonFields({ person }: { person: Contact }) {
  const d = copy.details;
  const fields = usePersonFields(person, fieldsShown);
  return (
    <section className="panel-section first person-fields" aria-label={copy.people.fields}>
      <SaveStatus state={fields.state} saving={d.saving} saved={d.saved} />
      <div className="form-grid">
        {fieldsShown.map((key) => (
          <AutosaveField key={key} {...fields.field(key)} rows={4} className={wideFields.has(key) ? 'field wide' : 'field'} />
        ))}
      </div>
    </section>
  );
}

/** Their history with you, newest first: twenty moments a page, "Show more" adds the next. */
function PersonHistory({ id, labelledBy, onOpenApplication }: { id: number; labelledBy: string; onOpenApplication: (id: number) => void }) {
  const p = copy.people;
  const [pages, setPages] = useState(1);
  const first = useApiQuery('contacts:history', { id });
  const total = first.data?.total ?? 0;
  const offsets = Array.from({ length: pages - 1 }, (_, index) => (index + 1) * contactHistoryPageSize);
  const shown = Math.min(total, pages * contactHistoryPageSize);
  return (
    <section className="panel-section" aria-labelledby={labelledBy}>
      <h3 id={labelledBy}>{p.history}</h3>
      {first.error ? <p role="alert">{first.error.message}</p> : null}
      {first.data && total === 0 ? <p className="hint">{p.historyNone}</p> : null}
      {first.data && total > 0 ? (
        <ul className="plain-list person-history">
          <Moments items={first.data.items} onOpenApplication={onOpenApplication} />
          {offsets.map((offset) => (
            <HistoryPage key={offset} id={id} offset={offset} onOpenApplication={onOpenApplication} />
          ))}
        </ul>
      ) : null}
      {total > contactHistoryPageSize ? (
        <div className="button-row">
          <p className="hint">{fill(p.historyCount, { shown, total })}</p>
          {shown < total ? (
            <button type="button" className="button small" onClick={() => setPages(pages + 1)}>
              {p.historyMore}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function HistoryPage({ id, offset, onOpenApplication }: { id: number; offset: number; onOpenApplication: (id: number) => void }) {
  const page = useApiQuery('contacts:history', { id, offset });
  if (page.error)
    return (
      <li role="alert" className="hint">
        {page.error.message}
      </li>
    );
  return page.data ? <Moments items={page.data.items} onOpenApplication={onOpenApplication} /> : null;
}

function Moments({ items, onOpenApplication }: { items: ContactMoment[]; onOpenApplication: (id: number) => void }) {
  const p = copy.people;
  return (
    <>
      {items.map((moment) => (
        <li key={`${moment.type}-${moment.id}`}>
          <span className="moment-day">{longDay(moment.day)}</span>{' '}
          {moment.type === 'activity' ? (
            <>
              <strong>{p.momentActivity}</strong>
              {moment.note ? <span> · {moment.note}</span> : null}
            </>
          ) : (
            <button type="button" className="link-button" onClick={() => onOpenApplication(moment.applicationId)}>
              {fill(p.momentInterview, { kind: copy.interviewKinds[moment.kind], company: moment.company })}
            </button>
          )}
        </li>
      ))}
    </>
  );
}

/** Delete, asked first in words that say what goes (their details, their links) and what stays (the applications). */
function DeletePerson({ person, linked, onDeleted }: { person: Contact; linked: number; onDeleted: (name: string) => void }) {
  const id = useId();
  const p = copy.people;
  const queryClient = useQueryClient();
  // Not useApiMutation, which refreshes every read before its caller hears of success: this panel's own
  // reads would then answer "no longer in Rebound" for a moment before it closes. The panel is told
  // first (and closes), their reads are dropped rather than asked again, and everything else refreshes.
  const remove = useMutation<{ deleted: boolean }, ClientError, void>({
    mutationFn: () => call('contacts:delete', { id: person.id }),
    onSuccess: () => {
      onDeleted(person.name);
      const theirs = (query: Query) => isAboutPerson(query, person.id);
      queryClient.removeQueries({ predicate: theirs });
      return queryClient.invalidateQueries({ predicate: (query) => !theirs(query) });
    },
  });
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  // The question takes the focus, so it is read before either answer.
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <div className="panel-section">
        <button type="button" className="button small danger" onClick={() => setAsking(true)}>
          {p.delete}
        </button>
      </div>
    );
  return (
    <div className="panel-section delete-ask" role="group" aria-labelledby={`${id}-q`} aria-describedby={`${id}-what`}>
      <p id={`${id}-q`} ref={question} tabIndex={-1} className="delete-question">
        <strong>{fill(p.deleteQuestion, { name: person.name })}</strong>
      </p>
      <p id={`${id}-what`}>{fill(p.deleteWhat, { count: linked })}</p>
      <div className="button-row">
        <button type="button" className="button small danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
          {p.deleteYes}
        </button>
        <button type="button" className="button small" onClick={() => setAsking(false)}>
          {p.deleteNo}
        </button>
      </div>
      {remove.error ? <p role="alert">{remove.error.message}</p> : null}
    </div>
  );
}

/** A read of one person's own (their details, a page of their history), which only says "gone" once they are deleted. */
function isAboutPerson(query: Query, id: number): boolean {
  const [channel, input] = query.queryKey as [string, { id?: number } | null];
  return (channel === 'contacts:get' || channel === 'contacts:history') && input?.id === id;
}
