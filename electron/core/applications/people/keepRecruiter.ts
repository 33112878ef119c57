import type { CoreContext } from '../../context';
import { createContact, linkContact } from '../contacts';

/** The person a row of a file names in its recruiter columns: plain data, so it crosses to the import worker as it is. */
export interface PlannedRecruiter {
  name: string;
  email: string;
  phone: string;
}

/**
 * The person recruiter columns name, or null when they name nobody. A contact needs a name: one known only
 * by an address is named by it.
 */
export function plannedRecruiter(name: string, email: string, phone = ''): PlannedRecruiter | null {
  if (name.trim() === '' && email === '') return null;
  return { name: (name.trim() || email).slice(0, 200), email, phone };
}

/** A name, company or address as imports compare them: case and runs of spaces ignored. */
export const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Links each application an import adds to the person its row names, as its recruiter (the spreadsheet
 * import and the CSV import alike). Someone already kept (the same email, or with no email the same
 * name at the same company) is linked rather than added again, so a recruiter named on forty rows of
 * a file is one person with forty applications.
 */
export function recruiterKeeper(ctx: CoreContext): { link: (applicationId: number, company: string, person: PlannedRecruiter) => void } {
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number>();
  const remember = (id: number, name: string, email: string, company: string) => {
    if (email !== '' && !byEmail.has(key(email))) byEmail.set(key(email), id);
    if (!byName.has(`${key(name)}|${key(company)}`)) byName.set(`${key(name)}|${key(company)}`, id);
  };
  for (const person of ctx.db.prepare('SELECT id, name, email, company FROM contacts ORDER BY id').all() as {
    id: number;
    name: string;
    email: string;
    company: string;
  }[])
    remember(person.id, person.name, person.email, person.company);
  return {
    link(applicationId, company, person) {
      const known = person.email !== '' ? byEmail.get(key(person.email)) : byName.get(`${key(person.name)}|${key(company)}`);
      if (known !== undefined) {
        linkContact(ctx, applicationId, known, 'recruiter');
        return;
      }
      const contact = createContact(ctx, {
        name: person.name,
        email: person.email,
        phone: person.phone,
        company: company.slice(0, 200),
        applicationId,
        relation: 'recruiter',
      });
      remember(contact.id, contact.name, contact.email, contact.company);
    },
  };
}
