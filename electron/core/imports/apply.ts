import { createContact, linkContact } from '../applications/contacts';
import { duplicateIndex } from '../applications/duplicates';
import { emailSchema, linkSchema } from '../applications/schema';
import { allApplications } from '../applications/list';
import { insertApplication } from '../applications/records';
import type { CoreContext } from '../context';
import { DomainError } from '../ipc/result';
import { content, fillMessage } from '../../../content';
import { fieldsOfRow, previewImport, type ProgressReport } from './preview';
import type { ContactRow, ImportApplied, ImportFileInput } from './schema';

/**
 * Applies an import: the file is read and previewed again (so what is added
 * is exactly what a preview of it shows now), then every added row is
 * inserted in one transaction through the tracker's own insert, which keeps
 * its history row and the change counters right. A failure part way rolls
 * everything back; the same file a second time finds every row already
 * tracked and adds nothing.
 */
export async function applyImport(ctx: CoreContext, input: ImportFileInput, report: ProgressReport = () => {}): Promise<ImportApplied> {
  const preview = await previewImport(ctx, input, report);
  if (preview.dateFormat?.ambiguous && preview.dateFormat.chosen === null) {
    throw new DomainError('invalid_input', fillMessage(content.imports.errors.dateFormatNeeded, { value: preview.dateFormat.example }));
  }
  // The write is one transaction on the main connection and cannot pause: said once, before it starts.
  report({ phase: 'writing', rows: preview.added.length, total: preview.added.length });
  const added = ctx.db.transaction(() => {
    // Checked again inside the transaction: reading a spreadsheet awaits, and another change may have landed meanwhile.
    const stored = duplicateIndex<true>();
    for (const app of allApplications(ctx)) stored.add(app, true);
    const fresh = preview.added.filter((row) => stored.find(row) === undefined);
    for (const row of fresh) insertApplication(ctx, fieldsOfRow(row), row.status, row.day, row.appliedOn);
    return { applications: fresh.length, contacts: keepConnections(ctx, preview.contacts) };
  })();
  return {
    added: added.applications,
    alreadyTracked: preview.alreadyTracked.length + preview.added.length - added.applications,
    refused: preview.refused.length,
    contacts: added.contacts,
  };
}

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * LinkedIn connections at companies applied to become contacts, each linked to every application at
 * their company (applications added just now included). Someone already kept (the same name at the same
 * company, or the same profile) is not added twice, so the same archive a second time adds nobody. An
 * address or link the contact form would refuse is left out rather than losing the person.
 */
function keepConnections(ctx: CoreContext, rows: readonly ContactRow[]): number {
  if (rows.length === 0) return 0;
  const known = new Set<string>();
  for (const person of ctx.db.prepare('SELECT name, company, profile_link AS link FROM contacts').all() as {
    name: string;
    company: string;
    link: string;
  }[]) {
    known.add(`${key(person.name)}|${key(person.company)}`);
    if (person.link !== '') known.add(person.link);
  }
  const applicationsAt = new Map<string, number[]>();
  for (const app of allApplications(ctx)) applicationsAt.set(key(app.company), [...(applicationsAt.get(key(app.company)) ?? []), app.id]);
  let kept = 0;
  for (const row of rows) {
    const ids = applicationsAt.get(key(row.company)) ?? [];
    const who = `${key(row.name)}|${key(row.company)}`;
    if (row.name === '' || ids.length === 0 || known.has(who) || (row.profileLink !== '' && known.has(row.profileLink))) continue;
    const [first, ...others] = ids;
    const contact = createContact(ctx, {
      name: row.name.slice(0, 200),
      role: row.position.slice(0, 200),
      email: emailSchema.safeParse(row.email).success ? row.email : '',
      profileLink: linkSchema.safeParse(row.profileLink).success ? row.profileLink : '',
      company: row.company.slice(0, 200),
      applicationId: first,
      relation: 'other',
    });
    for (const id of others) linkContact(ctx, id, contact.id, 'other');
    known.add(who);
    if (contact.profileLink !== '') known.add(contact.profileLink);
    kept += 1;
  }
  return kept;
}
