import { useDeferredValue, useId, useState } from 'react';
import type { View } from '../../../electron/core/app/contract';
import { contactPickSize } from '../../../electron/core/applications/people/schema';
import { EmptyState } from '../components/EmptyState';
import { useApiQuery } from '../ipc/queries';
import { AddPersonForm } from './details/AddPersonForm';
import { PersonDetails } from './details/PersonDetails';
import { copy, fill } from './format';

/** People come twenty at a time, as the pickers offer them; "Show more" adds twenty, up to core's most for one read. */
export const peoplePageSize = contactPickSize;
/**
 * At most a hundred rows (about 700 elements, inside the DOM budget of 1,400 with the rest of the view); past
 * that a few letters of a name find the rest (ten years hold about 7,000 people).
 */
export const peopleMostShown = 100;

/**
 * Everyone met along the search (the People tab): name, role, company and how many applications each
 * is on, found by what is typed, twenty at a time. Choosing one opens their side panel; a new person
 * is added with a name at least, and opens at once so the rest can be filled in.
 */
export function PeoplePanel({
  openedId,
  onOpen,
  navigate,
}: {
  /** The person whose panel is open (`#/plan?person-12`), if any. */
  openedId: number | null;
  onOpen: (id: number | null) => void;
  navigate: (view: View, action?: string | null) => void;
}) {
  const id = useId();
  const p = copy.people;
  const [search, setSearch] = useState('');
  const term = useDeferredValue(search.trim());
  const [shown, setShown] = useState(peoplePageSize);
  const [adding, setAdding] = useState(false);
  const [said, setSaid] = useState('');
  // The person just deleted: their panel goes at once, before the address (and so `openedId`) catches up.
  const [deletedId, setDeletedId] = useState<number | null>(null);
  // One more than shown, so the list knows whether "Show more" has anything to add.
  const list = useApiQuery('contacts:list', { limit: shown + 1, ...(term ? { search: term } : {}) }, { keepPrevious: true });
  const people = (list.data ?? []).slice(0, shown);
  const more = (list.data?.length ?? 0) > shown;
  const nobodyYet = list.data !== undefined && list.data.length === 0 && !term && search === '';

  const onSearch = (value: string) => {
    setSearch(value);
    setShown(peoplePageSize);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="people-panel">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {p.heading}
      </h2>
      <p className="hint">{p.lead}</p>
      {openedId !== null && openedId !== deletedId ? (
        <PersonDetails
          key={openedId}
          id={openedId}
          onClose={() => onOpen(null)}
          onDeleted={(name) => {
            setDeletedId(openedId);
            setSaid(fill(p.deleted, { name }));
            onOpen(null);
          }}
          onOpenApplication={(applicationId) => navigate('plan', `application-${applicationId}`)}
        />
      ) : null}
      <p className="form-status" role="status">
        {said}
      </p>
      {nobodyYet && !adding ? (
        <EmptyState title={p.emptyTitle} body={p.emptyBody} actionLabel={p.add} onAction={() => setAdding(true)} />
      ) : (
        <>
          <div className="people-tools">
            <div className="field">
              <label htmlFor={`${id}-find`}>{p.filter}</label>
              <input id={`${id}-find`} type="search" maxLength={200} value={search} onChange={(event) => onSearch(event.target.value)} />
            </div>
            <button type="button" className="button small align-end" aria-expanded={adding} onClick={() => setAdding(!adding)}>
              {p.add}
            </button>
          </div>
          {adding ? (
            <AddPersonForm
              onAdded={(person) => {
                setAdding(false);
                setSaid(fill(p.added, { name: person.name }));
                onOpen(person.id);
              }}
            />
          ) : null}
          {list.error ? <p role="alert">{list.error.message}</p> : null}
          {list.data && people.length === 0 && !nobodyYet ? <p className="hint">{p.noMatch}</p> : null}
          {people.length ? (
            <div className="app-table-wrap">
              <table className="app-table people-table">
                <thead>
                  <tr>
                    <th scope="col">{p.colName}</th>
                    <th scope="col" className="col-role">
                      {p.colRole}
                    </th>
                    <th scope="col">{p.colCompany}</th>
                    <th scope="col" className="col-count">
                      {p.colApplications}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((person) => (
                    <tr key={person.id}>
                      <th scope="row">
                        <button type="button" className="link-button row-open" aria-haspopup="dialog" onClick={() => onOpen(person.id)}>
                          {person.name}
                        </button>
                        {person.role ? <span className="role-inline">{person.role}</span> : null}
                      </th>
                      <td className="col-role">{person.role}</td>
                      <td>{person.company}</td>
                      <td className="col-count">{person.applicationCount ?? 0}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {people.length ? (
            <div className="button-row">
              <p className="hint">{fill(p.showing, { shown: people.length })}</p>
              {more && shown < peopleMostShown ? (
                <button type="button" className="button small" onClick={() => setShown(Math.min(shown + peoplePageSize, peopleMostShown))}>
                  {fill(p.showMore, { count: String(peoplePageSize) })}
                </button>
              ) : null}
              {more && shown >= peopleMostShown ? <p className="hint">{fill(p.narrow, { count: String(peopleMostShown) })}</p> : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
