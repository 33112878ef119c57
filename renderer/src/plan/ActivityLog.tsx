import { useId, useState, type FormEvent } from 'react';
import type { Contact } from '../../../electron/core/applications/people/schema';
import { kindWithPerson, manualActivityKinds } from '../../../electron/core/planner/schema';
import { useApiMutation } from '../ipc/queries';
import { copy, fill } from './format';
import { useFieldErrors } from '../components/useFieldErrors';
import { PersonPicker } from './PersonPicker';

type Kind = (typeof manualActivityKinds)[number];

/** Logs a search session, networking, learning or volunteering by hand; each counts toward its target. */
export function ActivityLog({ today }: { today: string }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>('search');
  const [note, setNote] = useState('');
  const [day, setDay] = useState(today);
  const [person, setPerson] = useState<Contact | null>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const fields = useFieldErrors();
  const log = useApiMutation('planner:logActivity');
  const withPerson = kind === kindWithPerson;
  // Someone forgotten since they were picked (in another window, say): core says so beside the picker.
  const chosen = withPerson && person ? person.id : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setLogged(null);
    log.mutate(
      { kind, note, day, contactId: chosen },
      {
        onSuccess: (activity) => {
          fields.clear();
          setNote('');
          setPerson(null);
          setLogged(activity.contactName ? fill(copy.plan.loggedWith, { name: activity.contactName }) : copy.plan.logged);
        },
        onError: fields.fromError,
      },
    );
  };
  return (
    <form className="card" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{copy.plan.logHeading}</h2>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{copy.plan.logKind}</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as Kind)} {...fields.field('kind')}>
            {manualActivityKinds.map((item) => (
              <option key={item} value={item}>
                {copy.kinds[item]}
              </option>
            ))}
          </select>
          {fields.message('kind')}
        </div>
        {withPerson ? <PersonPicker id={id} person={person} onPick={setPerson} fields={fields} /> : null}
        <div className="field">
          <label htmlFor={`${id}-day`}>{copy.plan.logDay}</label>
          <input
            id={`${id}-day`}
            type="date"
            max={today}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            {...fields.field('day')}
          />
          {fields.message('day')}
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-note`}>{copy.plan.logNote}</label>
          <input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} {...fields.field('note')} />
          {fields.message('note')}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={log.isPending}>
          {copy.plan.logButton}
        </button>
        <p className="form-status" role="status">
          {logged ?? ''}
        </p>
        {fields.formMessage()}
      </div>
    </form>
  );
}
