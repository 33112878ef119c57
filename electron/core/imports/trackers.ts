import { content, fillMessage } from '../../../content';
import { readDay } from './dates';
import { blankRow, emptyResult, htmlToText, statusOfWord, type ReadResult } from './rows';
import { cellsByName, normalName, type Table } from './table';

/** Other trackers' exports, in the columns they publish. */

const words = content.imports.errors;
const notes = content.imports.notes;

const hasAll = (header: string[], names: string[]) => {
  const present = new Set(header.map(normalName));
  return names.every((name) => present.has(normalName(name)));
};

export const isHuntr = (header: string[]) => hasAll(header, ['listName', 'htmlDescription', 'companyName', 'title']);
export const isJobSync = (header: string[]) => hasAll(header, ['JobTitle', 'Company', 'Status', 'appliedDate']);

/** Descriptions are kept in the notes, which hold up to 20,000 characters with the rest. */
const maxDescription = 15_000;

/** Huntr: `listName` is the stage, `htmlDescription` the posting, kept as plain text only. */
export function readHuntr(table: Table, today: string): ReadResult {
  const result = emptyResult();
  const cell = cellsByName(table);
  for (const row of table.rows) {
    const created = cell(row, 'createdAt');
    const day = created === '' ? today : readDay(created, 'mdy');
    if (day === null) {
      result.refused.push({ line: row.line, file: table.file, reason: fillMessage(words.dateUnreadable, { value: created.slice(0, 40) }) });
      continue;
    }
    const list = cell(row, 'listName');
    const status = list === '' ? 'saved' : statusOfWord(list);
    if (status === null) {
      result.refused.push({ line: row.line, file: table.file, reason: fillMessage(words.statusUnknown, { value: list.slice(0, 40) }) });
      continue;
    }
    const application = blankRow(table.file, row.line, day);
    application.company = cell(row, 'companyName');
    application.role = cell(row, 'title');
    application.link = cell(row, 'url');
    application.location = cell(row, 'location');
    application.status = status;
    // Huntr keeps when a card was made, not when it was sent: a card past saved counts as sent that day.
    application.appliedOn = status === 'saved' ? null : day;
    application.description = htmlToText(cell(row, 'htmlDescription')).slice(0, maxDescription);
    const salary = cell(row, 'salary');
    application.salary = salary;
    result.rows.push(application);
  }
  return result;
}

/** JobSync: Draft, Applied, Interview, Offer, Rejected, Expired, Archived. */
const jobSyncStatuses: Record<string, ReturnType<typeof statusOfWord>> = {
  draft: 'saved',
  applied: 'applied',
  interview: 'interviewing',
  offer: 'offer',
  rejected: 'rejected',
  expired: 'no_reply',
  archived: 'withdrawn',
};

export function readJobSync(table: Table, today: string): ReadResult {
  const result = emptyResult();
  const cell = cellsByName(table);
  for (const row of table.rows) {
    const statusText = cell(row, 'Status');
    const key = statusText.toLowerCase();
    // Own keys only: "constructor" or "__proto__" would find what every object inherits.
    const status = Object.hasOwn(jobSyncStatuses, key) ? (jobSyncStatuses[key] as ReturnType<typeof statusOfWord>) : null;
    if (status === null) {
      result.refused.push({
        line: row.line,
        file: table.file,
        reason: fillMessage(words.statusUnknown, { value: statusText.slice(0, 40) }),
      });
      continue;
    }
    const created = cell(row, 'createdAt');
    const appliedText = cell(row, 'appliedDate');
    const createdDay = created === '' ? today : readDay(created, 'mdy');
    const appliedDay = appliedText === '' ? null : readDay(appliedText, 'mdy');
    if (createdDay === null || (appliedText !== '' && appliedDay === null)) {
      const value = createdDay === null ? created : appliedText;
      result.refused.push({ line: row.line, file: table.file, reason: fillMessage(words.dateUnreadable, { value: value.slice(0, 40) }) });
      continue;
    }
    const applied = /^(true|yes|1)$/i.test(cell(row, 'applied')) || status !== 'saved';
    const application = blankRow(table.file, row.line, applied ? (appliedDay ?? createdDay) : createdDay);
    application.company = cell(row, 'Company');
    application.role = cell(row, 'JobTitle');
    application.location = cell(row, 'Location');
    application.remote = /remote/i.test(cell(row, 'workplaceType'));
    application.status = status === 'saved' && applied ? 'applied' : status;
    application.appliedOn = applied ? (appliedDay ?? createdDay) : null;
    const jobType = cell(row, 'jobType');
    if (jobType !== '') application.extra.push(fillMessage(notes.jobType, { value: jobType }));
    const source = cell(row, 'JobSource');
    if (source !== '') application.extra.push(fillMessage(notes.foundOn, { value: source }));
    result.rows.push(application);
  }
  return result;
}
