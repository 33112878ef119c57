import { createContact, linkContact } from '../applications/contacts';
import { duplicateIndex } from '../applications/duplicates';
import { emailSchema, linkSchema } from '../applications/schema';
import { applicationSorts } from '../applications/list';
import { insertApplication } from '../applications/records';
import type { ApplicationFields, ApplicationStatus } from '../applications/schema';
import type { CoreContext } from '../context';
import { DomainError } from '../ipc/result';
import type { Day } from '../time/schema';
import { content } from '../../../content';
import type { ContactRow } from './schema';

/** One application the confirm adds, already turned into the tracker's fields. */
export interface PlannedApplication {
  fields: ApplicationFields;
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
      for (const app of storedApplications(ctx)) stored.add(app, true);
      const fresh = write.applications.filter((row) => stored.find(row.fields) === undefined);
      report(0, fresh.length);
      fresh.forEach((row, index) => {
        insertApplication(stamped, row.fields, row.status, row.day, row.appliedOn);
        if ((index + 1) % writeReportEvery === 0 && index + 1 < fresh.length) report(index + 1, fresh.length);
      });
      if (fresh.length > 0) report(fresh.length, fresh.length);
      return { applications: fresh.length, contacts: keepConnections(stamped, write.contacts) };
    })
    .immediate();
}

/** Just what the duplicate rule and the contacts need, without working out follow-ups for every row. */
function storedApplications(ctx: CoreContext): { id: number; company: string; role: string; link: string }[] {
  // In the tracker's own order, so a connection's first application is the one Plan lists first.
  return ctx.db
    .prepare(`SELECT a.id, a.company, a.role, coalesce(a.link, '') AS link FROM applications a ORDER BY ${applicationSorts.updated}`)
    .all() as {
    id: number;
    company: string;
    role: string;
    link: string;
  }[];
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
  for (const app of storedApplications(ctx))
    applicationsAt.set(key(app.company), [...(applicationsAt.get(key(app.company)) ?? []), app.id]);
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
