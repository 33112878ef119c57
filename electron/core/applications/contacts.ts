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

/**
 * The people of one application, with who they are to it; or a page of
 * everyone by name, narrowed by the words typed (each must start a word of
 * their name, role, email, company or notes, as the applications' search).
 * Ten years hold thousands of people: a picker asks for a page, never all.
 */
export function listContacts(
  ctx: CoreContext,
  { applicationId, search, limit }: { applicationId?: number | undefined; search?: string | undefined; limit?: number | undefined } = {},
): Contact[] {
  if (applicationId === undefined) {
    const words = search?.trim() ?? '';
    const match = words ? ftsQueryOf(words) : null;
    // One letter or bare punctuation: the index holds no such prefix, so a LIKE on the name and company.
    const like = words && !match ? `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = match
      ? 'WHERE c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH @match)'
      : like
        ? "WHERE c.name LIKE @like ESCAPE '\\' OR c.company LIKE @like ESCAPE '\\'"
        : '';
    return ctx.db
      .prepare(`SELECT ${contactColumns} FROM contacts c ${where} ORDER BY c.name COLLATE NOCASE, c.id LIMIT @limit`)
      .all({ limit: limit ?? contactsPageSize, ...(match ? { match } : {}), ...(like ? { like } : {}) }) as Contact[];
  }
  requireApplication(ctx, applicationId);
  return ctx.db
    .prepare(
      `SELECT ${contactColumns}, l.relation FROM application_contacts l JOIN contacts c ON c.id = l.contact_id
       WHERE l.application_id = ? ORDER BY c.name COLLATE NOCASE, c.id`,
    )
    .all(applicationId) as Contact[];
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
