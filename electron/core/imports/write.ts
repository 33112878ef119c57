import { createContact, linkContact, updateContact } from '../applications/contacts';
import { duplicateIndex } from '../applications/duplicates';
import { emailSchema, linkSchema } from '../applications/schema';
import { applicationIdentities } from '../applications/list';
import { insertApplication } from '../applications/records';
import type { ApplicationFields, ApplicationStatus } from '../applications/schema';
import type { CoreContext } from '../context';
import { DomainError } from '../ipc/result';
import type { Day } from '../time/schema';
import { content } from '../../../content';
import type { ContactRow } from './schema';
import { key, recruiterKeeper, type PlannedRecruiter } from '../applications/people/keepRecruiter';

/** One application the confirm adds, already turned into the tracker's fields. */
export interface PlannedApplication {
  fields: ApplicationFields;
  /** The person the row names, kept in People and linked as the recruiter (`recruiterOfRow`). */
  recruiter: PlannedRecruiter | null;
  status: ApplicationStatus;
  day: Day;
  appliedOn: Day | null;
}

/** What the write is handed: plain data, so it crosses to the import worker as it is. */
export interface ImportWrite {
  applications: PlannedApplication[];
  contacts: ContactRow[];
  /** The moment every added row is stamped with (core's clock when the write began). */
  at: string;
}

export interface ImportWritten {
  applications: number;
  contacts: number;
}

/** Rows written so far, of how many. */
export type WriteReport = (rows: number, total: number) => void;

/** Runs the write: in this thread (tests, the harness) or in the import worker (the app). */
export type ImportWriter = (write: ImportWrite, report: WriteReport) => Promise<ImportWritten>;

/** How often the write says how far it is. */
export const writeReportEvery = 1_000;

/**
 * The confirm's write, the one function both the in-process path and the import worker run: every
 * application through the tracker's own insert (its history row, the change counters kept by the
 * triggers) and the kept connections, in one IMMEDIATE transaction, so all of it lands or none. Each
 * row is checked against what is stored once more inside the transaction: reading a file awaits, and
 * another change may have landed meanwhile; the same file twice therefore adds nothing.
 */
export function writeImport(ctx: CoreContext, write: ImportWrite, report: WriteReport = () => {}): ImportWritten {
  const at = new Date(write.at);
  const stamped: CoreContext = { ...ctx, now: () => at };
  return ctx.db
    .transaction(() => {
      const stored = duplicateIndex<true>();
      for (const app of applicationIdentities(ctx)) stored.add(app, true);
      const fresh = write.applications.filter((row) => stored.find(row.fields) === undefined);
      report(0, fresh.length);
      const recruiters = recruiterKeeper(stamped);
      fresh.forEach((row, index) => {
        const id = insertApplication(stamped, row.fields, row.status, row.day, row.appliedOn);
        if (row.recruiter) recruiters.link(id, row.fields.company, row.recruiter);
        if ((index + 1) % writeReportEvery === 0 && index + 1 < fresh.length) report(index + 1, fresh.length);
      });
      if (fresh.length > 0) report(fresh.length, fresh.length);
      return { applications: fresh.length, contacts: keepConnections(stamped, write.contacts) };
    })
    .immediate();
}

/** Writes run in this thread: one transaction that cannot pause (what tests and the browser harness use). */
export const inProcessWriter =
  (ctx: CoreContext): ImportWriter =>
  async (write, report) =>
    writeImport(ctx, write, report);

/**
 * Who holds the write: while an import's write runs elsewhere, main's connection must not write. The
 * dispatcher refuses every mutation while `busy`; a write asked for then (a second confirm) is refused
 * the same way; writes main makes on its own (the reminders' ledger) wait in `whenFree` until it is over.
 */
export interface WriteGate {
  readonly busy: boolean;
  hold<T>(write: () => Promise<T>): Promise<T>;
  whenFree(run: () => void): void;
}

/** `onError`: told of a waiting write that failed once it ran (logged; the import's own answer stands). */
export function writeGate(onError: (error: unknown) => void = () => {}): WriteGate {
  let busy = false;
  const waiting: (() => void)[] = [];
  return {
    get busy() {
      return busy;
    },
    async hold(write) {
      if (busy) throw new DomainError('conflict', content.imports.errors.stillWriting);
      busy = true;
      try {
        return await write();
      } finally {
        busy = false;
        for (const run of waiting.splice(0)) {
          try {
            run();
          } catch (error) {
            onError(error);
          }
        }
      }
    },
    whenFree(run) {
      if (busy) waiting.push(run);
      else run();
    },
  };
}

/**
 * LinkedIn connections at companies applied to become contacts, each linked to every application at
 * their company (applications added just now included). Someone already kept (the same name at the same
 * company, or the same profile) is not added twice, so the same archive a second time adds nobody. Someone
 * kept by their address alone (a recruiter an applications file named only by email) is that person: their
 * name, role and profile are filled in from the connection, and their links stay as they were. An address
 * or link the contact form would refuse is left out rather than losing the person.
 */
function keepConnections(ctx: CoreContext, rows: readonly ContactRow[]): number {
  if (rows.length === 0) return 0;
  const known = new Set<string>();
  const byEmail = new Map<string, { id: number; name: string; role: string; link: string }>();
  for (const person of ctx.db.prepare("SELECT id, name, role, email, company, coalesce(profile_link, '') AS link FROM contacts").all() as {
    id: number;
    name: string;
    role: string;
    email: string;
    company: string;
    link: string;
  }[]) {
    known.add(`${key(person.name)}|${key(person.company)}`);
    if (person.link !== '') known.add(person.link);
    if (person.email !== '') byEmail.set(key(person.email), person);
  }
  const applicationsAt = new Map<string, number[]>();
  for (const app of applicationIdentities(ctx))
    applicationsAt.set(key(app.company), [...(applicationsAt.get(key(app.company)) ?? []), app.id]);
  const linkKeeping = ctx.db.prepare(
    `INSERT INTO application_contacts (application_id, contact_id, relation) VALUES (?, ?, 'other') ON CONFLICT DO NOTHING`,
  );
  let kept = 0;
  for (const row of rows) {
    const ids = applicationsAt.get(key(row.company)) ?? [];
    const who = `${key(row.name)}|${key(row.company)}`;
    if (row.name === '' || ids.length === 0 || known.has(who) || (row.profileLink !== '' && known.has(row.profileLink))) continue;
    const email = emailSchema.safeParse(row.email).success ? row.email : '';
    const profileLink = linkSchema.safeParse(row.profileLink).success ? row.profileLink : '';
    const byAddress = email !== '' ? byEmail.get(key(email)) : undefined;
    let contact;
    if (byAddress && key(byAddress.name) === key(email)) {
      contact = updateContact(ctx, byAddress.id, {
        name: row.name.slice(0, 200),
        role: byAddress.role || row.position.slice(0, 200),
        profileLink: byAddress.link || profileLink,
      });
      for (const id of ids) linkKeeping.run(id, contact.id);
      byAddress.name = contact.name;
    } else {
      const [first, ...others] = ids;
      contact = createContact(ctx, {
        name: row.name.slice(0, 200),
        role: row.position.slice(0, 200),
        email,
        profileLink,
        company: row.company.slice(0, 200),
        applicationId: first,
        relation: 'other',
      });
      for (const id of others) linkContact(ctx, id, contact.id, 'other');
    }
    known.add(who);
    if (contact.profileLink !== '') known.add(contact.profileLink);
    kept += 1;
  }
  return kept;
}
