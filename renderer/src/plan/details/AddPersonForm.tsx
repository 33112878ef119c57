import { useId, useState, type FormEvent } from 'react';
import { contactFieldsSchema, type Contact } from '../../../../electron/core/applications/people/schema';
import { fieldsOf } from '../../../../electron/core/ipc/fieldErrors';
import { useFieldErrors } from '../../components/useFieldErrors';
import { useApiMutation } from '../../ipc/queries';
import { copy } from '../format';
import { AutosaveField } from './AutosaveField';
import { personFieldSpecs } from './usePersonFields';

const addKeys = ['name', 'role', 'company', 'email'] as const;
type AddKey = (typeof addKeys)[number];
const blank: Record<AddKey, string> = { name: '', role: '', company: '', email: '' };

/**
 * Someone new in the People tab: a name at least, made with an explicit Add (a person is made once,
 * not as each letter of their name arrives). A refusal shows beside its field and every letter typed
 * stays; the rest of their details are filled in in their panel, which opens once they are added.
 */
export function AddPersonForm({ onAdded }: { onAdded: (person: Contact) => void }) {
  const id = useId();
  const p = copy.people;
  const create = useApiMutation('contacts:create');
  const kit = useFieldErrors();
  const [draft, setDraft] = useState(blank);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = contactFieldsSchema.pick({ name: true, role: true, company: true, email: true }).safeParse(draft);
    if (!parsed.success) {
      kit.setErrors(fieldsOf(parsed.error));
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (person) => {
        kit.clear();
        setDraft(blank);
        onAdded(person);
      },
      onError: kit.fromError,
    });
  };
  return (
    <form className="panel-subsection add-person" noValidate aria-labelledby={`${id}-add`} onSubmit={submit}>
      <h3 id={`${id}-add`}>{p.addHeading}</h3>
      <div className="form-grid">
        {addKeys.map((key) => (
          <AutosaveField
            key={key}
            kit={kit}
            name={key}
            label={personFieldSpecs[key].label}
            type={personFieldSpecs[key].type}
            value={draft[key]}
            onValue={(value) => setDraft((current) => ({ ...current, [key]: value }))}
            onBlur={() => undefined}
          />
        ))}
      </div>
      <div className="form-actions">
        <button type="submit" className="button small primary" disabled={create.isPending}>
          {p.addButton}
        </button>
        {kit.formMessage()}
      </div>
    </form>
  );
}
