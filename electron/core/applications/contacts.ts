import type { z } from 'zod';
import { DomainError } from '../ipc/result';
import type { CoreContext } from '../context';
import { requireApplication } from './records';
import { contactsPageSize, type Contact, type ContactFields, type ContactRelation, type createContactInput } from './people/schema';
import { ftsQueryOf } from './search';
import { content } from '../../../content';

/** The people met along a search, and who they are to each application. */

const contactColumns = `c.id, c.name, c.role, c.email, c.phone, coalesce(c.profile_link, '') AS profileLink, c.notes, c.company,
  c.created_at AS createdAt, c.updated_at AS updatedAt`;

const blankContact: Omit<ContactFields, 'name'> = { role: '', email: '', phone: '', profileLink: '', notes: '', company: '' };

const toDb = (fields: ContactFields) => ({ ...fields, profileLink: fields.profileLink === '' ? null : fields.profileLink });

export function requireContact(ctx: CoreContext, id: number): Contact {
  const row = ctx.db.prepare(`SELECT ${contactColumns} FROM contacts c WHERE c.id = ?`).get(id) as Contact | undefined;
  if (!row) throw new DomainError('not_found', content.planner.errors.contactGone);
  return row;
}

/** Who a list of people is narrowed to: not yet linked to one application, matching a search, at most so many. */
export interface ContactFilter {
  applicationId?: number | undefined;
  notLinkedTo?: number | undefined;
  search?: string | undefined;
  limit?: number | undefined;
}

/**
 * The people of one application, with who they are to it; or a page of
 * everyone by name (50 unless told: ten years hold thousands, and a picker
 * asks for a page, never all). Either narrowed to the people not yet linked
 * to an application, and to the words typed: each must start a word of the
 * name, role, email, company or notes (the contacts' FTS index, as the
 * applications' search); one letter or bare punctuation, which the index
 * holds no prefix for, is looked for inside the name or company, `%` and `_`
 * taken literally.
 */
export function listContacts(ctx: CoreContext, filter: ContactFilter = {}): Contact[] {
  const where: string[] = [];
  const params: Record<string, string | number> = {
    limit: filter.limit ?? (filter.applicationId === undefined ? contactsPageSize : -1),
  };
  const search = filter.search?.trim();
  const match = search ? ftsQueryOf(search) : null;
  if (match) {
    params.match = match;
    where.push('c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH @match)');
  } else if (search) {
    params.pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    where.push(`(c.name LIKE @pattern ESCAPE '\\' OR c.company LIKE @pattern ESCAPE '\\')`);
  }
  if (filter.notLinkedTo !== undefined) {
    requireApplication(ctx, filter.notLinkedTo);
    params.notLinkedTo = filter.notLinkedTo;
    where.push('c.id NOT IN (SELECT contact_id FROM application_contacts WHERE application_id = @notLinkedTo)');
  }
  const order = 'ORDER BY c.name COLLATE NOCASE, c.id LIMIT @limit';
  if (filter.applicationId === undefined) {
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // How many applications each person is linked to, for the People list: one probe of the contact-keyed index per row of the page.
    const count = '(SELECT count(*) FROM application_contacts a WHERE a.contact_id = c.id) AS applicationCount';
    return ctx.db.prepare(`SELECT ${contactColumns}, ${count} FROM contacts c ${clause} ${order}`).all(params) as Contact[];
  }
  requireApplication(ctx, filter.applicationId);
  params.applicationId = filter.applicationId;
  return ctx.db
    .prepare(
      `SELECT ${contactColumns}, l.relation FROM application_contacts l JOIN contacts c ON c.id = l.contact_id
       WHERE ${['l.application_id = @applicationId', ...where].join(' AND ')} ${order}`,
    )
    .all(params) as Contact[];
}

export function createContact(ctx: CoreContext, input: z.output<typeof createContactInput>): Contact {
  const { applicationId, relation, ...given } = input;
  const fields: ContactFields = { ...blankContact, ...given };
  const at = ctx.now().toISOString();
  const id = ctx.db.transaction(() => {
    if (applicationId !== undefined) requireApplication(ctx, applicationId);
    const newId = Number(
      ctx.db
        .prepare(
          `INSERT INTO contacts (name, role, email, phone, profile_link, notes, company, created_at, updated_at)
           VALUES (@name, @role, @email, @phone, @profileLink, @notes, @company, @at, @at)`,
        )
        .run({ ...toDb(fields), at }).lastInsertRowid,
    );
    if (applicationId !== undefined) linkContact(ctx, applicationId, newId, relation);
    return newId;
  })();
  return requireContact(ctx, id);
}

export function updateContact(ctx: CoreContext, id: number, patch: Partial<ContactFields>): Contact {
  ctx.db.transaction(() => {
    const current = requireContact(ctx, id);
    const next: ContactFields = { ...current, ...patch };
    ctx.db
      .prepare(
        `UPDATE contacts SET name = @name, role = @role, email = @email, phone = @phone, profile_link = @profileLink,
           notes = @notes, company = @company, updated_at = @at WHERE id = @id`,
      )
      .run({ ...toDb(next), at: ctx.now().toISOString(), id });
  })();
  return requireContact(ctx, id);
}

/** Forgets a person; their links to applications and interviews go with them (the rows themselves stay). */
export function deleteContact(ctx: CoreContext, id: number): { deleted: boolean } {
  return { deleted: ctx.db.prepare('DELETE FROM contacts WHERE id = ?').run(id).changes === 1 };
}

export function linkContact(
  ctx: CoreContext,
  applicationId: number,
  contactId: number,
  relation: ContactRelation = 'other',
): { linked: boolean } {
  return ctx.db.transaction(() => {
    requireApplication(ctx, applicationId);
    requireContact(ctx, contactId);
    ctx.db
      .prepare(
        `INSERT INTO application_contacts (application_id, contact_id, relation) VALUES (?, ?, ?)
         ON CONFLICT (application_id, contact_id) DO UPDATE SET relation = excluded.relation`,
      )
      .run(applicationId, contactId, relation);
    return { linked: true };
  })();
}

export function unlinkContact(ctx: CoreContext, applicationId: number, contactId: number): { unlinked: boolean } {
  const result = ctx.db
    .prepare('DELETE FROM application_contacts WHERE application_id = ? AND contact_id = ?')
    .run(applicationId, contactId);
  return { unlinked: result.changes === 1 };
}
