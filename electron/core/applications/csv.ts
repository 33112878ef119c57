import { DomainError } from '../ipc/result';
import { daysBetween } from '../time/days';
import { type Day, isRealDay } from '../time/schema';
import { dayOutOfRange } from '../time/dayRange';
import { insertApplication } from './records';
import { duplicateIndex } from './duplicates';
import { allApplications, applicationIdentities } from './list';
import { plannedRecruiter, recruiterKeeper } from './people/keepRecruiter';
import { recruiterEmailSql, recruiterNameSql } from './people/recruiter';
import { type CoreContext, todayOf } from '../context';
import { CsvError, parseCsv, readFormulaGuarded, writeCsv } from '../csv';
import {
  type ApplicationFields,
  applicationFieldsSchema,
  type ApplicationStatus,
  blankFields,
  type FileExport,
  statusSchema,
} from './schema';
import { content, fillMessage } from '../../../content';

/** The columns, in order; an import may leave any out but `company`, in any order. */
export const csvColumns = [
  'company',
  'role',
  'link',
  'source',
  'location',
  'remote',
  'salary_note',
  'recruiter_name',
  'recruiter_email',
  'notes',
  'status',
  'applied_on',
  'deadline_on',
  'posting',
  'salary_min',
  'salary_max',
  'salary_currency',
] as const;
type Column = (typeof csvColumns)[number];

const fieldOfColumn: Partial<Record<Column, keyof ApplicationFields>> = {
  company: 'company',
  role: 'role',
  link: 'link',
  source: 'source',
  location: 'location',
  remote: 'remote',
  salary_note: 'salaryNote',
  recruiter_name: 'recruiterName',
  recruiter_email: 'recruiterEmail',
  notes: 'notes',
  deadline_on: 'deadlineOn',
  posting: 'posting',
  salary_min: 'salaryMin',
  salary_max: 'salaryMax',
  salary_currency: 'salaryCurrency',
};

/** Columns whose empty cell means "none" (null), and whose figures are whole numbers. */
const nullWhenEmpty = new Set<Column>(['deadline_on', 'salary_min', 'salary_max']);
const wholeNumbers = new Set<Column>(['salary_min', 'salary_max']);

export function exportApplicationsCsv(ctx: CoreContext): FileExport {
  // The recruiter columns name the person linked as recruiter, as every other reader does (people/recruiter.ts).
  const recruiters = new Map(
    (
      ctx.db.prepare(`SELECT a.id, ${recruiterNameSql} AS name, ${recruiterEmailSql} AS email FROM applications a`).all() as {
        id: number;
        name: string;
        email: string;
      }[]
    ).map((row) => [row.id, row]),
  );
  const rows = allApplications(ctx, 'company').map((app) => [
    app.company,
    app.role,
    app.link,
    app.source,
    app.location,
    app.remote ? 'yes' : 'no',
    app.salaryNote,
    recruiters.get(app.id)?.name ?? app.recruiterName,
    recruiters.get(app.id)?.email ?? app.recruiterEmail,
    app.notes,
    app.status,
    app.appliedOn ?? '',
    app.deadlineOn ?? '',
    app.posting,
    app.salaryMin === null ? '' : String(app.salaryMin),
    app.salaryMax === null ? '' : String(app.salaryMax),
    app.salaryCurrency,
  ]);
  return {
    fileName: `rebound-applications-${todayOf(ctx)}.csv`,
    mimeType: 'text/csv',
    content: writeCsv([[...csvColumns], ...rows]),
  };
}

const words = content.planner.errors;

/** Refuses the file at a line; line numbers carry no thousands separator. */
const refuse = (line: number, reason: string): never => {
  const where = { line: String(line), reason };
  throw new DomainError('invalid_input', fillMessage(words.csvLine, where), { content: fillMessage(words.csvLineField, where) });
};

const yes = new Set(['yes', 'y', 'true', '1', 'remote']);
const no = new Set(['no', 'n', 'false', '0', '']);

/**
 * Imports applications from CSV in one transaction: every row is checked
 * first, and the first problem (with its line) refuses the whole file.
 * Rows that repeat each other or an application already kept are refused too,
 * so importing the same file twice changes nothing.
 */
export function importApplicationsCsv(ctx: CoreContext, text: string): { imported: number } {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return refuse(error.line, `${error.message}.`);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return refuse(1, words.csvEmpty);
  const columns = header.fields.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );
  columns.forEach((name, index) => {
    if (!(csvColumns as readonly string[]).includes(name))
      refuse(1, fillMessage(words.csvUnknownColumn, { column: (header.fields[index] ?? '').slice(0, 40) }));
    if (columns.indexOf(name) !== index) refuse(1, fillMessage(words.csvColumnTwice, { column: name.slice(0, 40) }));
  });
  if (!columns.includes('company')) return refuse(1, words.csvNoCompany);
  if (rows.length === 0) return refuse(2, words.csvNoRows);

  const today = todayOf(ctx);
  // The tracker's one duplicate rule (duplicates.ts); 0 marks one already stored, else the line it was on.
  const seen = duplicateIndex<number>();
  for (const app of applicationIdentities(ctx)) seen.add(app, 0);
  const parsed = rows.map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      refuse(line, fillMessage(words.csvFieldCount, { expected: columns.length, found: fields.length }));
    }
    const value = (column: Column) => readFormulaGuarded(fields[columns.indexOf(column)] ?? '');
    const raw: Record<string, unknown> = {};
    for (const column of columns as Column[]) {
      const key = fieldOfColumn[column];
      if (!key) continue;
      const cell = value(column);
      if (nullWhenEmpty.has(column) && cell.trim() === '') raw[key] = null;
      // A figure stays text when it is not a plain whole number, so the schema names what is wrong with it.
      else if (wholeNumbers.has(column) && /^\d{1,9}$/.test(cell.trim())) raw[key] = Number(cell.trim());
      else raw[key] = nullWhenEmpty.has(column) ? cell.trim() : cell;
    }
    if (columns.includes('remote')) {
      const remote = value('remote').trim().toLowerCase();
      if (!yes.has(remote) && !no.has(remote)) refuse(line, words.csvRemote);
      raw.remote = yes.has(remote);
    }
    if (!columns.includes('source') || value('source').trim() === '') raw.source = 'other';
    else
      raw.source = value('source')
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_');
    const fieldsResult = applicationFieldsSchema.partial().extend({ company: applicationFieldsSchema.shape.company }).safeParse(raw);
    if (!fieldsResult.success) {
      const issue = fieldsResult.error.issues[0];
      refuse(
        line,
        fillMessage(words.csvFieldIssue, {
          field: String(issue?.path[0] ?? words.csvSomeField),
          reason: issue?.message ?? words.csvNotValid,
        }),
      );
    }
    const statusText = columns.includes('status')
      ? value('status')
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      : '';
    const status = statusSchema.safeParse(statusText === '' ? 'saved' : statusText);
    if (!status.success) refuse(line, fillMessage(words.csvStatus, { status: value('status').slice(0, 40) }));
    const appliedText = columns.includes('applied_on') ? value('applied_on').trim() : '';
    if (appliedText !== '' && !isRealDay(appliedText)) refuse(line, words.csvAppliedOn);
    if (appliedText !== '' && daysBetween(today, appliedText) > 0) refuse(line, words.csvAppliedFuture);
    const outOfRange = appliedText === '' ? null : dayOutOfRange(today, { applied_on: appliedText });
    if (outOfRange) refuse(line, outOfRange.message);
    const fieldsData = fieldsResult.data as Partial<ApplicationFields> & { company: string };
    const deadlineOutOfRange = dayOutOfRange(today, { deadline_on: fieldsData.deadlineOn });
    if (deadlineOutOfRange) refuse(line, deadlineOutOfRange.message);
    if (fieldsData.salaryMin != null && fieldsData.salaryMax != null && fieldsData.salaryMin > fieldsData.salaryMax)
      refuse(line, words.salaryOrder);
    const earlier = seen.find(fieldsData);
    if (earlier !== undefined) {
      refuse(
        line,
        earlier === 0
          ? fillMessage(words.csvAlreadyThere, { company: fieldsData.company })
          : fillMessage(words.csvRepeats, { company: fieldsData.company, line: String(earlier) }),
      );
    }
    seen.add(fieldsData, line);
    return { fields: fieldsData, status: status.data as ApplicationStatus, appliedOn: appliedText === '' ? null : (appliedText as Day) };
  });

  ctx.db.transaction(() => {
    const recruiters = recruiterKeeper(ctx);
    for (const row of parsed) {
      // The recruiter columns name a person (as the export writes them): kept in People, linked as the recruiter.
      const { recruiterName = '', recruiterEmail = '', ...given } = row.fields;
      const fields: ApplicationFields = { ...blankFields, ...given };
      const id = insertApplication(ctx, fields, row.status, row.appliedOn ?? today, row.appliedOn);
      const recruiter = plannedRecruiter(recruiterName, recruiterEmail);
      if (recruiter) recruiters.link(id, fields.company, recruiter);
    }
  })();
  return { imported: parsed.length };
}
