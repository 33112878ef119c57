import { useState, type KeyboardEvent } from 'react';
import { contactPickSize, type Contact } from '../../../electron/core/applications/people/schema';
import type { useFieldErrors } from '../components/useFieldErrors';
import { useApiQuery } from '../ipc/queries';
import { copy } from './format';

/** A person as every picker of people names them: "Dana Reyes (Acme)", or the name alone. */
export const nameOf = (person: Contact) => (person.company ? `${person.name} (${person.company})` : person.name);

/**
 * Who a networking activity was with: one of the person's contacts, found
 * by name or company, or no one in particular. A native select, so the
 * keyboard and screen readers work as they do everywhere else. The one
 * picked stays in the list while another search is typed.
 */
export function PersonPicker({
  id,
  person,
  onPick,
  fields,
}: {
  id: string;
  person: Contact | null;
  onPick: (person: Contact | null) => void;
  fields: ReturnType<typeof useFieldErrors>;
}) {
  const [search, setSearch] = useState('');
  const found = useApiQuery('contacts:list', { search: search.trim() || undefined, limit: contactPickSize }, { keepPrevious: true });
  const page = found.data ?? [];
  const options = person && !page.some((candidate) => candidate.id === person.id) ? [person, ...page] : page;
  const hint = found.data && page.length === 0 ? (search.trim() ? copy.plan.logWhoNoMatch : copy.plan.logWhoHint) : null;
  const hintId = `${id}-who-hint`;
  // Enter in the search narrows the list; it does not log the activity before anyone is picked.
  const keepEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-find`}>{copy.plan.logWhoFind}</label>
        <input
          id={`${id}-find`}
          type="search"
          value={search}
          maxLength={200}
          onKeyDown={keepEnter}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-who`}>{copy.plan.logWho}</label>
        <select
          id={`${id}-who`}
          value={person ? String(person.id) : ''}
          onChange={(event) => onPick(options.find((candidate) => String(candidate.id) === event.target.value) ?? null)}
          {...fields.field('contactId', hint ? hintId : undefined)}
        >
          <option value="">{copy.plan.logWhoNobody}</option>
          {options.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {nameOf(candidate)}
            </option>
          ))}
        </select>
        {hint ? (
          <span className="hint" id={hintId}>
            {hint}
          </span>
        ) : null}
        {found.error ? <span className="field-error">{found.error.message}</span> : null}
        {fields.message('contactId')}
      </div>
    </>
  );
}
