import { describe, expect, it } from 'vitest';
import { isHuntr, isJobSync, readHuntr, readJobSync } from '../../electron/core/imports/trackers';
import { tableOf } from '../support/importTables';

/**
 * Huntr's and JobSync's exports, read row by row from a table built here by hand (the file
 * reading itself is tests/unit/importTable.test.ts): which header names each tracker, what a row
 * becomes, and which rows are refused and why. Today is 2026-03-10 for every row with no date.
 */

const today = '2026-03-10';

describe('which tracker wrote the file', () => {
  it('knows Huntr by its four columns, compared without case or spacing', () => {
    expect(isHuntr(['id', 'listName', 'htmlDescription', 'companyName', 'title'])).toBe(true);
    expect(isHuntr(['LISTNAME', ' htmldescription ', 'CompanyName', 'Title'])).toBe(true);
    expect(isHuntr(['listName', 'htmlDescription', 'companyName'])).toBe(false);
  });

  it('knows JobSync by its four columns', () => {
    expect(isJobSync(['jobtitle', 'company', 'STATUS', 'AppliedDate', 'index'])).toBe(true);
    expect(isJobSync(['JobTitle', 'Company', 'Status'])).toBe(false);
  });
});

const huntrHeader = ['createdAt', 'title', 'salary', 'location', 'url', 'htmlDescription', 'listName', 'companyName'];

describe('Huntr', () => {
  it('reads a card: its list as the stage, sent the day it was made once past saved, the posting as text', () => {
    const table = tableOf('huntr.csv', huntrHeader, [
      ['03/04/2025', 'Designer', '$90k', 'Denver', 'https://jobs.example/1', '<p>Hello <b>there</b></p>', 'Applied', 'Acme'],
      ['', 'Cook', '', '', '', '', '', 'Globex'],
      ['2025-01-02', 'Chef', '', '', '', '', 'Wishlist', 'Initech'],
    ]);
    const result = readHuntr(table, today);
    expect(result.refused).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.company, row.role, row.status, row.day, row.appliedOn])).toEqual([
      [2, 'Acme', 'Designer', 'applied', '2025-03-04', '2025-03-04'],
      [3, 'Globex', 'Cook', 'saved', today, null],
      [4, 'Initech', 'Chef', 'saved', '2025-01-02', null],
    ]);
    expect(result.rows[0]).toMatchObject({
      file: 'huntr.csv',
      link: 'https://jobs.example/1',
      location: 'Denver',
      salary: '$90k',
      description: 'Hello there',
    });
  });

  it('keeps the first 15,000 characters of a long posting', () => {
    const posting = `${'a'.repeat(14_999)}bc`;
    const table = tableOf('huntr.csv', huntrHeader, [['', 'Designer', '', '', '', posting, 'Applied', 'Acme']]);
    expect(readHuntr(table, today).rows[0]?.description).toBe(`${'a'.repeat(14_999)}b`);
  });

  it('refuses a card whose date or list it cannot read, quoting at most 40 characters of it', () => {
    const long = `${'x'.repeat(40)}yz`;
    const table = tableOf('huntr.csv', huntrHeader, [
      [long, 'Designer', '', '', '', '', 'Applied', 'Acme'],
      ['2025-01-02', 'Cook', '', '', '', '', `${'m'.repeat(40)}no`, 'Globex'],
    ]);
    const result = readHuntr(table, today);
    expect(result.rows).toEqual([]);
    expect(result.refused).toEqual([
      { line: 2, file: 'huntr.csv', reason: `Rebound could not read the date ${'x'.repeat(40)}.` },
      { line: 3, file: 'huntr.csv', reason: `Rebound does not know the status ${'m'.repeat(40)}.` },
    ]);
  });
});

const jobSyncHeader = [
  'createdAt',
  'applied',
  'appliedDate',
  'Company',
  'JobTitle',
  'jobType',
  'workplaceType',
  'Location',
  'JobSource',
  'Status',
];

describe('JobSync', () => {
  it('reads each status word, in any case', () => {
    const words = ['Draft', 'APPLIED', 'interview', 'Offer', 'Rejected', 'Expired', 'Archived'];
    const table = tableOf(
      'jobsync.csv',
      jobSyncHeader,
      words.map((word) => ['2025-01-02', 'false', '', 'Acme', 'Designer', '', '', '', '', word]),
    );
    expect(readJobSync(table, today).rows.map((row) => row.status)).toEqual([
      'saved',
      'applied',
      'interviewing',
      'offer',
      'rejected',
      'no_reply',
      'withdrawn',
    ]);
  });

  it('counts a draft marked applied as applied, on the day it was sent, or made when no sending day is given', () => {
    const table = tableOf('jobsync.csv', jobSyncHeader, [
      ['2025-01-02', 'Yes', '01/05/2025', 'Acme', 'Designer', '', '', '', '', 'Draft'],
      ['2025-01-02', 'TRUE', '', 'Globex', 'Cook', '', '', '', '', 'Draft'],
      ['2025-01-02', '1', '', 'Initech', 'Chef', '', '', '', '', 'Draft'],
      ['2025-01-02', 'truely', '01/05/2025', 'Umbrella', 'Baker', '', '', '', '', 'Draft'],
      ['2025-01-02', 'untrue', '01/05/2025', 'Acme Labs', 'Baker', '', '', '', '', 'Draft'],
      ['01/03/2025', 'no', '', 'Acme Foods', 'Baker', '', '', '', '', 'Draft'],
      ['', '', '', 'Hooli', 'Porter', '', '', '', '', 'Draft'],
      ['2025-01-02', 'false', '2025-01-07', 'Stark', 'Pilot', '', '', '', '', 'Rejected'],
      ['2025-01-02', 'false', '', 'Wayne', 'Driver', '', '', '', '', 'Interview'],
    ]);
    expect(readJobSync(table, today).rows.map((row) => [row.company, row.status, row.day, row.appliedOn])).toEqual([
      ['Acme', 'applied', '2025-01-05', '2025-01-05'],
      ['Globex', 'applied', '2025-01-02', '2025-01-02'],
      ['Initech', 'applied', '2025-01-02', '2025-01-02'],
      ['Umbrella', 'saved', '2025-01-02', null],
      ['Acme Labs', 'saved', '2025-01-02', null],
      ['Acme Foods', 'saved', '2025-01-03', null],
      ['Hooli', 'saved', today, null],
      ['Stark', 'rejected', '2025-01-07', '2025-01-07'],
      ['Wayne', 'interviewing', '2025-01-02', '2025-01-02'],
    ]);
  });

  it('keeps the place, whether it is remote, and the kind of job and where it was found as notes', () => {
    const table = tableOf('jobsync.csv', jobSyncHeader, [
      ['2025-01-02', 'true', '', 'Acme', 'Designer', 'Full-time', 'Fully Remote', 'Leeds', 'Indeed', 'Applied'],
      ['2025-01-02', 'true', '', 'Globex', 'Cook', '', 'Hybrid', '', '', 'Applied'],
    ]);
    const [first, second] = readJobSync(table, today).rows;
    expect(first).toMatchObject({
      file: 'jobsync.csv',
      line: 2,
      role: 'Designer',
      location: 'Leeds',
      remote: true,
      extra: ['Kind of job: Full-time', 'Found on: Indeed'],
    });
    expect(second).toMatchObject({ line: 3, remote: false, extra: [] });
  });

  it('refuses a status that is only the name of something every object has, as it does any other word', () => {
    // Looked up in a plain object, "constructor" found Object itself: the row was shown with no status and applying the
    // file failed as a whole.
    const table = tableOf('jobsync.csv', jobSyncHeader, [
      ['2025-01-02', 'false', '', 'Acme', 'Designer', '', '', '', '', 'constructor'],
      ['2025-01-02', 'false', '', 'Globex', 'Cook', '', '', '', '', '__proto__'],
      ['2025-01-02', 'false', '', 'Initech', 'Chef', '', '', '', '', 'hasOwnProperty'],
    ]);
    const result = readJobSync(table, today);
    expect(result.rows).toEqual([]);
    expect(result.refused).toEqual([
      { line: 2, file: 'jobsync.csv', reason: 'Rebound does not know the status constructor.' },
      { line: 3, file: 'jobsync.csv', reason: 'Rebound does not know the status __proto__.' },
      { line: 4, file: 'jobsync.csv', reason: 'Rebound does not know the status hasOwnProperty.' },
    ]);
  });

  it('refuses a row whose status or dates it cannot read, quoting at most 40 characters of the value', () => {
    const long = `${'x'.repeat(40)}yz`;
    const table = tableOf('jobsync.csv', jobSyncHeader, [
      ['2025-01-02', 'true', '', 'Acme', 'Designer', '', '', '', '', `${'p'.repeat(40)}ending`],
      ['2025-01-02', 'true', '', 'Acme', 'Designer', '', '', '', '', ''],
      [long, 'true', '2025-01-05', 'Globex', 'Cook', '', '', '', '', 'Applied'],
      ['2025-01-02', 'true', long, 'Initech', 'Chef', '', '', '', '', 'Applied'],
      ['2025-01-02', 'false', 'soon', 'Umbrella', 'Baker', '', '', '', '', 'Draft'],
    ]);
    const result = readJobSync(table, today);
    expect(result.rows).toEqual([]);
    expect(result.refused).toEqual([
      { line: 2, file: 'jobsync.csv', reason: `Rebound does not know the status ${'p'.repeat(40)}.` },
      { line: 3, file: 'jobsync.csv', reason: 'Rebound does not know the status .' },
      { line: 4, file: 'jobsync.csv', reason: `Rebound could not read the date ${'x'.repeat(40)}.` },
      { line: 5, file: 'jobsync.csv', reason: `Rebound could not read the date ${'x'.repeat(40)}.` },
      { line: 6, file: 'jobsync.csv', reason: 'Rebound could not read the date soon.' },
    ]);
  });
});
