import { strFromU8, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { content, fillMessage } from '../../content';
import { isWantedEntry, isZip, maxArchiveBytes, maxArchiveEntries, unpackArchive } from '../../electron/core/imports/archive';
import { declareSize } from '../support/importTables';

/**
 * A LinkedIn archive opened by hand (what the readers make of its files is
 * tests/integration/imports.test.ts, its refusals through the channels
 * tests/integration/importBadInput.test.ts): which entries are worth reading, which
 * bytes are a zip, the limits at their exact edges, and the order the files come back in.
 */

const words = content.imports.errors;
const csv = strToU8('Application Date,Company Name\n"7/6/23, 2:20 PM",Acme\n');

describe('which entries are read', () => {
  it.each([
    ['Jobs/Job Applications.csv', true],
    ['Jobs/Job Applications_1.csv', true],
    ['Jobs/Job Applications_12.csv', true],
    ['Jobs/Saved Jobs.csv', true],
    ['Connections.csv', true],
    ['Basic_LinkedInDataExport_03-09-2026/Jobs/Job Applications.csv', true],
    ['export/Connections.csv', true],
    ['jobs/job applications.CSV', true],
    ['Job Applications.csv', false],
    ['Jobs/Job Applications_.csv', false],
    ['Jobs/Job Applications_a.csv', false],
    ['Jobs/Job Applications.csv.bak', false],
    ['Jobs/Saved Jobs_1.csv', false],
    ['Jobs/Connections.csv.txt', false],
    ['MyJobs/Job Applications.csv', false],
    ['OldConnections.csv', false],
    ['Jobs/', false],
    ['Profile.csv', false],
  ])('%s: %s', (name, expected) => {
    expect(isWantedEntry(name)).toBe(expected);
  });
});

describe('which bytes are a zip', () => {
  it.each([
    [[0x50, 0x4b, 3, 4], true],
    [[0x50, 0x4b, 5, 6], true],
    [[0x50, 0x4b, 3, 6], true],
    [[0x50, 0x4b, 5, 4], true],
    [[0x50, 0x4b, 7, 8], false],
    [[0x50, 0x4b, 3, 5], false],
    [[0x50, 0x4b, 4, 4], false],
    [[0x51, 0x4b, 3, 4], false],
    [[0x50, 0x4c, 3, 4], false],
    [[0x50, 0x4b, 3], false],
    [[], false],
  ])('%j: %s', (bytes, expected) => {
    expect(isZip(Uint8Array.from(bytes))).toBe(expected);
  });
});

describe('opening an archive', () => {
  it('gives back only the wanted files, never a folder, in the order LinkedIn split them', () => {
    const zip = zipSync({
      'Jobs/': new Uint8Array(0),
      'Jobs/Job Applications_10.csv': strToU8('ten'),
      'Jobs/Saved Jobs.csv': strToU8('saved'),
      'Jobs/Job Applications_2.csv': strToU8('two'),
      'Jobs/Job Applications_1.csv': strToU8('one'),
      'Jobs/Job Applications.CSV': strToU8('first'),
      'Profile.csv': strToU8('me'),
      'Connections.csv': strToU8('people'),
    });
    const files = unpackArchive(zip);
    expect([...files.keys()]).toEqual([
      'Connections.csv',
      'Jobs/Job Applications.CSV',
      'Jobs/Job Applications_1.csv',
      'Jobs/Job Applications_2.csv',
      'Jobs/Job Applications_10.csv',
      'Jobs/Saved Jobs.csv',
    ]);
    expect(strFromU8(files.get('Jobs/Job Applications_2.csv') as Uint8Array)).toBe('two');
    expect([...unpackArchive(zip, () => true).keys()]).not.toContain('Jobs/');
    expect([...unpackArchive(zip, (name) => name === 'Profile.csv').keys()]).toEqual(['Profile.csv']);
  });

  it('opens an archive of exactly the most entries, and refuses one more', () => {
    const entries = (count: number) => {
      const files: Record<string, Uint8Array> = { 'Jobs/Job Applications.csv': csv };
      for (let n = 1; n < count; n += 1) files[`f${n}.txt`] = new Uint8Array(0);
      return zipSync(files, { level: 0 });
    };
    expect([...unpackArchive(entries(maxArchiveEntries)).keys()]).toEqual(['Jobs/Job Applications.csv']);
    expect(() => unpackArchive(entries(maxArchiveEntries + 1))).toThrow(fillMessage(words.zipTooManyFiles, { max: maxArchiveEntries }));
  });

  it('opens an archive declaring exactly the most bytes unpacked, and refuses one byte more', () => {
    const zip = zipSync({ 'Jobs/Job Applications.csv': csv, 'media/video.mp4': new Uint8Array(0) }, { level: 0 });
    const declaring = (bytes: number) => declareSize(zip, 'media/video.mp4', bytes - csv.length);
    expect([...unpackArchive(declaring(maxArchiveBytes)).keys()]).toEqual(['Jobs/Job Applications.csv']);
    expect(() => unpackArchive(declaring(maxArchiveBytes + 1))).toThrow(fillMessage(words.zipTooLarge, { max: 200 }));
  });

  it('refuses bytes that are no zip, a zip cut short, and a wanted entry whose data does not inflate, as unreadable', () => {
    const zip = zipSync({ 'Jobs/Job Applications.csv': csv, 'Profile.csv': csv }, { level: 9 });
    expect(() => unpackArchive(strToU8('PK\u0003\u0004 but nothing after'))).toThrow(words.zipUnreadable);
    expect(() => unpackArchive(zip.subarray(0, zip.length - 30))).toThrow(words.zipUnreadable);
    // The directory reads well, so the first pass passes; the entry's first block is of a type deflate does not have.
    const damaged = zip.slice();
    const view = new DataView(damaged.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    damaged[30 + view.getUint16(26, true) + view.getUint16(28, true)] = 0xff;
    expect(() => unpackArchive(damaged, (name) => name === 'Profile.csv')).not.toThrow();
    expect(() => unpackArchive(damaged)).toThrow(words.zipUnreadable);
  });
});
