import { content, fillMessage } from '../../../content';
import { readDay } from './dates';
import type { Day } from '../time/schema';
import { blankRow, emptyResult, type ReadResult } from './rows';
import { cellsByName, normalName, type Table } from './table';

/**
 * LinkedIn's data archive, in the columns it publishes. Its dates are written
 * the US way, month first (`7/6/23, 2:20 PM`), whatever the member's locale.
 */

const words = content.imports.errors;

export const isLinkedInApplications = (header: string[]) =>
  normalName(header[0] ?? '') === 'application date' && header.map(normalName).includes('company name');
export const isLinkedInSaved = (header: string[]) =>
  normalName(header[0] ?? '') === 'saved date' && header.map(normalName).includes('company name');
export const isConnectionsHeader = (cells: string[]) => {
  const names = cells.map(normalName);
  return names[0] === 'first name' && names.includes('last name') && names.includes('company');
};

/** `Question?:Answer | Question?:Answer`, split at the first `?:` (or `:`) of each pair. */
export function readAnswers(text: string): { question: string; answer: string }[] {
  if (text.trim() === '') return [];
  return text
    .split(/\s\|\s/)
    .map((pair) => {
      const mark = pair.indexOf('?:');
      const at = mark !== -1 ? mark + 1 : pair.indexOf(':');
      return at === -1 ? { question: pair.trim(), answer: '' } : { question: pair.slice(0, at).trim(), answer: pair.slice(at + 1).trim() };
    })
    .filter((pair) => pair.question !== '' || pair.answer !== '');
}

function dated(result: ReadResult, table: Table, line: number, value: string): Day | null {
  const day = readDay(value, 'mdy');
  if (day === null)
    result.refused.push({ line, file: table.file, reason: fillMessage(words.dateUnreadable, { value: value.slice(0, 40) }) });
  return day;
}

/** `Jobs/Job Applications.csv` (or `_1`, `_2`…): each row an application sent on its day, contact and résumé kept. */
export function readLinkedInApplications(table: Table): ReadResult {
  const result = emptyResult();
  const cell = cellsByName(table);
  for (const row of table.rows) {
    const day = dated(result, table, row.line, cell(row, 'Application Date'));
    if (day === null) continue;
    const application = blankRow(table.file, row.line, day);
    application.company = cell(row, 'Company Name');
    application.role = cell(row, 'Job Title');
    application.link = cell(row, 'Job Url');
    application.status = 'applied';
    application.appliedOn = day;
    application.contact = { name: '', email: cell(row, 'Contact Email'), phone: cell(row, 'Contact Phone Number') };
    application.resumeName = cell(row, 'Resume Name');
    application.answers = readAnswers(cell(row, 'Question And Answers'));
    result.rows.push(application);
  }
  return result;
}

/** `Jobs/Saved Jobs.csv`: jobs kept for later, saved but not applied to. */
export function readLinkedInSaved(table: Table): ReadResult {
  const result = emptyResult();
  const cell = cellsByName(table);
  for (const row of table.rows) {
    const day = dated(result, table, row.line, cell(row, 'Saved Date'));
    if (day === null) continue;
    const application = blankRow(table.file, row.line, day);
    application.company = cell(row, 'Company Name');
    application.role = cell(row, 'Job Title');
    application.link = cell(row, 'Job Url');
    result.rows.push(application);
  }
  return result;
}

const companyKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * `Connections.csv`: offered as contacts only for the companies in
 * `appliedTo` (what the person applied to, tracked or in the same archive).
 * Everyone else in a network of hundreds has nothing to do with the search.
 * Its `Connected On` is written `06 Jul 2023`.
 */
export function readConnections(table: Table, appliedTo: readonly string[]): ReadResult {
  const result = emptyResult();
  const wanted = new Set(appliedTo.map(companyKey));
  const cell = cellsByName(table);
  for (const row of table.rows) {
    const company = cell(row, 'Company');
    if (!wanted.has(companyKey(company))) continue;
    const connected = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(cell(row, 'Connected On'));
    const month = connected
      ? ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
          (connected[2] as string).toLowerCase(),
        ) + 1
      : 0;
    result.contacts.push({
      line: row.line,
      name: `${cell(row, 'First Name')} ${cell(row, 'Last Name')}`.trim(),
      email: cell(row, 'Email Address'),
      phone: '',
      profileLink: cell(row, 'URL'),
      company,
      position: cell(row, 'Position'),
      connectedOn:
        connected && month > 0
          ? readDay(`${connected[3]}-${String(month).padStart(2, '0')}-${(connected[1] as string).padStart(2, '0')}`, 'mdy')
          : null,
    });
  }
  return result;
}
