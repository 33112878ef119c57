import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { contactFieldsSchema, type Contact, type ContactFields } from '../../../../electron/core/applications/people/schema';
import { schemaMessage, useFieldAutosave } from '../../components/useFieldAutosave';
import { call } from '../../ipc/client';
import { copy } from '../format';

export type PersonKey = keyof ContactFields;

/** Each of a person's details: its label and the kind of box it is typed in. */
export const personFieldSpecs: Record<PersonKey, { label: string; type: 'text' | 'email' | 'tel' | 'url' | 'textarea' }> = {
  name: { label: copy.details.personName, type: 'text' },
  role: { label: copy.details.personRole, type: 'text' },
  company: { label: copy.people.company, type: 'text' },
  email: { label: copy.details.personEmail, type: 'email' },
  phone: { label: copy.details.personPhone, type: 'tel' },
  profileLink: { label: copy.details.personProfile, type: 'url' },
  notes: { label: copy.details.personNotes, type: 'textarea' },
};

/**
 * An existing person's details, each saved as it is typed (Rebound's one save rule, useFieldAutosave):
 * the People tab's side panel and an application's People section edit a person the same way. The
 * draft is seeded once, so a save's refreshed read never overwrites what is being typed; a bad email or
 * a link that is not http(s) is refused beside its field before anything is sent, the text kept.
 *
 * `field(key)` gives an AutosaveField everything but its layout (label, type, rows, class).
 */
export function usePersonFields<K extends PersonKey>(person: Contact, keys: readonly K[]) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => Object.fromEntries(keys.map((key) => [key, person[key]])) as Record<K, string>);
  const autosave = useFieldAutosave<K>({
    check: (key, value) => schemaMessage(contactFieldsSchema.shape[key], value),
    save: async (key, value) => {
      await call('contacts:update', { id: person.id, fields: { [key]: value } });
      await queryClient.invalidateQueries();
    },
  });
  const field = (key: K) => ({
    kit: autosave.fields,
    name: key,
    label: personFieldSpecs[key].label,
    type: personFieldSpecs[key].type,
    value: draft[key],
    onValue: (value: string) => {
      setDraft((current) => ({ ...current, [key]: value }));
      autosave.change(key, value);
    },
    onBlur: () => void autosave.flush(),
  });
  return { state: autosave.state, field };
}
