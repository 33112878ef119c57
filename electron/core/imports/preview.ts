import { duplicateIndex } from '../applications/duplicates';
import { applicationIdentities } from '../applications/list';
import { applicationFieldsSchema, blankFields, emailSchema, linkSchema, type ApplicationFields } from '../applications/schema';
import { plannedRecruiter, type PlannedRecruiter } from '../applications/people/keepRecruiter';
import { type CoreContext, todayOf } from '../context';
import { daysBetween } from '../time/days';
import { content, fillMessage } from '../../../content';
import { isWantedEntry, isZip, unpackArchive } from './archive';
import { bytesOf, decodeText, refuseFile } from './decode';
import {
  isConnectionsHeader,
  isLinkedInApplications,
  isLinkedInSaved,
  readConnections,
  readLinkedInApplications,
  readLinkedInSaved,
} from './linkedin';
import { emptyResult, type ReadResult } from './rows';
import type { ImportFileInput, ImportPreview, ImportProgress, ImportRow, ImportSource } from './schema';
import { readSpreadsheet } from './spreadsheet';
import { readTable, yieldEvery, type Table } from './table';
import { isHuntr, isJobSync, readHuntr, readJobSync } from './trackers';
import { readXlsx } from './xlsx';

const words = content.imports.errors;
/** Hears how far a long import is (pushed to the page by the shell); called between pauses, never inside a write. */
export type ProgressReport = (progress: ImportProgress) => void;
const notes = content.imports.notes;

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Which reader a text table needs, from its header (a name can be anything once a file is renamed). */
async function readTextTable(
  file: string,
  text: string,
  today: string,
  input: ImportFileInput,
  appliedTo: () => string[],
  onRows: (rows: number) => void,
): Promise<{ source: ImportSource; result: ReadResult }> {
  if (/(^|\/)Connections\.csv$/i.test(file) || /^\s*notes:/i.test(text)) {
    const table = await readTable(file, text, isConnectionsHeader, onRows);
    return { source: 'linkedinConnections', result: readConnections(table, appliedTo()) };
  }
  return readKnownTable(await readTable(file, text, undefined, onRows), today, input);
}

function readKnownTable(table: Table, today: string, input: ImportFileInput): { source: ImportSource; result: ReadResult } {
  const read = (): { source: ImportSource; result: ReadResult } => {
    if (isLinkedInApplications(table.header)) return { source: 'linkedinApplications', result: readLinkedInApplications(table) };
    if (isLinkedInSaved(table.header)) return { source: 'linkedinSaved', result: readLinkedInSaved(table) };
    if (isHuntr(table.header)) return { source: 'huntr', result: readHuntr(table, today) };
    if (isJobSync(table.header)) return { source: 'jobsync', result: readJobSync(table, today) };
    return { source: 'spreadsheet', result: readSpreadsheet(table, today, input.dateFormat) };
  };
  const known = read();
  known.result.refused.unshift(...table.refused);
  return known;
}

const merge = (into: ReadResult, from: ReadResult) => {
  into.rows.push(...from.rows);
  into.refused.push(...from.refused);
  into.contacts.push(...from.contacts);
  into.dateFormat ??= from.dateFormat;
};

/** Reads a file of any kind Rebound knows into rows, without looking at what is stored. */
export async function readImportFile(
  ctx: CoreContext,
  input: ImportFileInput,
  report: ProgressReport = () => {},
): Promise<{ source: ImportSource; result: ReadResult }> {
  let readBefore = 0;
  const onRows = (rows: number) => report({ phase: 'reading', rows: readBefore + rows, total: null });
  const bytes = bytesOf(input);
  const today = todayOf(ctx);
  const name = baseName(input.name);
  const appliedTracked = () =>
    applicationIdentities(ctx)
      .filter((app) => app.appliedOn !== null)
      .map((app) => app.company);
  if (/\.zip$/i.test(name)) {
    if (!isZip(bytes)) refuseFile(words.zipUnreadable);
    const files = unpackArchive(bytes, isWantedEntry);
    if (files.size === 0) refuseFile(words.zipNothingKnown);
    const result = emptyResult();
    const connections: [string, string][] = [];
    for (const [file, data] of files) {
      const text = decodeText(data);
      if (/(^|\/)Connections\.csv$/i.test(file)) connections.push([file, text]);
      else {
        const table = await readTable(file, text, undefined, onRows);
        readBefore += table.rows.length;
        merge(result, readKnownTable(table, today, input).result);
      }
    }
    // Connections last: the companies applied to in this very archive count too.
    for (const [file, text] of connections) {
      const companies = [...appliedTracked(), ...result.rows.filter((row) => row.appliedOn !== null).map((row) => row.company)];
      merge(result, readConnections(await readTable(file, text, isConnectionsHeader, onRows), companies));
    }
    return { source: 'linkedinArchive', result };
  }
  if (/\.xlsx$/i.test(name)) {
    if (!isZip(bytes)) refuseFile(words.xlsxUnreadable);
    return readKnownTable(await readXlsx(name, bytes), today, input);
  }
  if (!/\.(csv|tsv|txt)$/i.test(name)) refuseFile(fillMessage(words.unknownKind, { name: name.slice(0, 80) }));
  if (isZip(bytes)) refuseFile(words.notText);
  return readTextTable(name, decodeText(bytes), today, input, appliedTracked, onRows);
}

/** The longest phone a contact keeps (people/schema.ts); a longer one stays in the application's notes. */
const phoneLimit = 60;

/**
 * The person a row names, who becomes a contact in People linked to the application as its recruiter
 * (as the recruiters typed before migration 0004 did, and as the email import keeps a sender), or null
 * when the row names nobody.
 */
export function recruiterOfRow(row: ImportRow): PlannedRecruiter | null {
  const { name, email, phone } = row.contact;
  return plannedRecruiter(name, email, phone.length <= phoneLimit ? phone : '');
}

/**
 * What a row becomes in the tracker: its fields, with what has no field of its own written into the
 * notes. The person it names is not among them: `recruiterOfRow` keeps them in People.
 */
export function fieldsOfRow(row: ImportRow): ApplicationFields {
  const lines: string[] = [];
  if (row.resumeName !== '') lines.push(fillMessage(notes.resume, { name: row.resumeName }));
  // A phone goes with the person (recruiterOfRow); one with nobody to keep it, or too long to, is a note.
  if (row.contact.phone !== '' && recruiterOfRow(row)?.phone !== row.contact.phone)
    lines.push(fillMessage(notes.phone, { phone: row.contact.phone }));
  lines.push(...row.extra);
  if (row.answers.length > 0) {
    lines.push('', notes.answers, ...row.answers.map((pair) => fillMessage(notes.answer, pair)));
  }
  return {
    ...blankFields,
    company: row.company,
    role: row.role,
    link: row.link,
    source: row.source,
    location: row.location,
    remote: row.remote,
    salaryNote: row.salary,
    notes: lines.join('\n').trim(),
    // The posting has a field of its own now (searchable, shown in Details), not a block inside the notes.
    posting: row.description,
  };
}

/**
 * A link or an email address the tracker would refuse is no reason to leave a
 * whole application out: `acme.com/jobs/1` gains its https://, anything else
 * (a `mailto:`, a typo) moves into the notes as written. The same file always
 * changes the same way, so the identity rule still finds it the second time.
 */
function keepOddValues(row: ImportRow): void {
  if (row.link !== '' && !linkSchema.safeParse(row.link).success) {
    const withScheme = `https://${row.link}`;
    if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(row.link) && linkSchema.safeParse(withScheme).success) row.link = withScheme;
    else {
      row.extra.push(row.link);
      row.link = '';
    }
  }
  if (row.contact.email !== '' && !emailSchema.safeParse(row.contact.email).success) {
    row.extra.push(row.contact.email);
    row.contact = { ...row.contact, email: '' };
  }
}

/**
 * The one preview every source goes through: each row checked as the tracker
 * would check it, then sorted into added, already tracked (the tracker's own
 * identity rule, against what is stored and earlier rows of the same file),
 * or refused with its line and reason.
 */
export async function previewImport(ctx: CoreContext, input: ImportFileInput, report: ProgressReport = () => {}): Promise<ImportPreview> {
  const { source, result } = await readImportFile(ctx, input, report);
  const today = todayOf(ctx);
  const seen = duplicateIndex<true>();
  for (const app of applicationIdentities(ctx)) seen.add(app, true);
  const preview: ImportPreview = {
    source,
    added: [],
    alreadyTracked: [],
    refused: [...result.refused],
    contacts: result.contacts,
    dateFormat: result.dateFormat,
  };
  for (const [index, row] of result.rows.entries()) {
    if (index > 0 && index % yieldEvery === 0) {
      // Checking rows against the tracker takes as long again as reading them: let the event loop run here too.
      report({ phase: 'checking', rows: index, total: result.rows.length });
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const refuse = (reason: string) => preview.refused.push({ line: row.line, file: row.file, reason });
    if (row.company.trim() === '') {
      refuse(words.companyMissing);
      continue;
    }
    const future = [row.day, row.appliedOn].find((day) => day !== null && daysBetween(today, day) > 0);
    if (future) {
      refuse(fillMessage(words.dateFuture, { value: future }));
      continue;
    }
    keepOddValues(row);
    const checked = applicationFieldsSchema.safeParse(fieldsOfRow(row));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      refuse(fillMessage(words.fieldIssue, { field: String(issue?.path[0] ?? ''), reason: issue?.message ?? '' }));
      continue;
    }
    if (seen.find(row) !== undefined) preview.alreadyTracked.push(row);
    else {
      seen.add(row, true);
      preview.added.push(row);
    }
  }
  report({ phase: 'checking', rows: result.rows.length, total: result.rows.length });
  preview.refused.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return preview;
}
