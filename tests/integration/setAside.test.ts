import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyAside, moveAside, setAside } from '../../electron/core/db/setAside';
import { tempDir } from '../support/tempDir';

// Setting a damaged database aside, in the cases the mutation run of electron/core/db (README, "How strong
// the tests are") found unguarded: two damages under one clock, a file with no WAL companions, and the
// copies made while the connection was open taking the place of a move.

const now = new Date('2026-03-01T10:00:00Z');
const stamp = '2026-03-01T10-00-00-000Z';

function databaseFiles(dir: string, parts: Record<string, string>): string {
  const file = path.join(dir, 'rebound.sqlite3');
  for (const [suffix, text] of Object.entries(parts)) fs.writeFileSync(file + suffix, text);
  return file;
}

describe('setting a damaged database aside', () => {
  it('never writes over an earlier one set aside at the same moment: the next takes -2, then -3', () => {
    const dir = tempDir();
    const names: string[] = [];
    for (const text of ['first', 'second', 'third']) {
      const file = databaseFiles(dir, { '': text, '-wal': `${text} wal` });
      names.push(path.basename(moveAside(file, 'damaged', now)));
    }
    expect(names).toEqual([`rebound.damaged-${stamp}.sqlite3`, `rebound.damaged-${stamp}-2.sqlite3`, `rebound.damaged-${stamp}-3.sqlite3`]);
    expect(names.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))).toEqual(['first', 'second', 'third']);
    expect(names.map((name) => fs.readFileSync(path.join(dir, `${name}-wal`), 'utf8'))).toEqual(['first wal', 'second wal', 'third wal']);
  });

  it('counts a name as taken when only a WAL companion is left under it', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, `rebound.damaged-${stamp}.sqlite3-wal`), 'an earlier WAL');
    const file = databaseFiles(dir, { '': 'main', '-wal': 'wal' });
    const aside = copyAside(file, 'damaged', now);
    expect(path.basename(aside)).toBe(`rebound.damaged-${stamp}-2.sqlite3`);
    expect(fs.readFileSync(path.join(dir, `rebound.damaged-${stamp}.sqlite3-wal`), 'utf8')).toBe('an earlier WAL');
    expect(fs.readFileSync(`${aside}-wal`, 'utf8')).toBe('wal');
  });

  it('copies a file that has no WAL companions, leaving the live file where it is', () => {
    const dir = tempDir();
    const file = databaseFiles(dir, { '': 'main only' });
    const aside = copyAside(file, 'damaged', now);
    expect(fs.readFileSync(aside, 'utf8')).toBe('main only');
    expect(fs.existsSync(`${aside}-wal`)).toBe(false);
    expect(fs.existsSync(`${aside}-shm`)).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe('main only');
  });

  it('with copies already made, removes the live files and keeps the copies as they were', () => {
    const dir = tempDir();
    const file = databaseFiles(dir, { '': 'main', '-wal': 'wal', '-shm': 'shm' });
    const copies = copyAside(file, 'damaged', now);
    fs.writeFileSync(file, 'folded after close');
    expect(setAside(file, 'damaged', new Date('2026-03-01T10:00:05Z'), copies)).toBe(copies);
    expect([file, `${file}-wal`, `${file}-shm`].some((one) => fs.existsSync(one))).toBe(false);
    expect([copies, `${copies}-wal`, `${copies}-shm`].map((one) => fs.readFileSync(one, 'utf8'))).toEqual(['main', 'wal', 'shm']);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(copies), `${path.basename(copies)}-shm`, `${path.basename(copies)}-wal`]);
  });

  it('with no copies made, moves the live files aside', () => {
    const dir = tempDir();
    const file = databaseFiles(dir, { '': 'main', '-wal': 'wal' });
    const aside = setAside(file, 'damaged', now, null);
    expect(path.basename(aside)).toBe(`rebound.damaged-${stamp}.sqlite3`);
    expect(fs.readFileSync(aside, 'utf8')).toBe('main');
    expect(fs.readFileSync(`${aside}-wal`, 'utf8')).toBe('wal');
    expect(fs.existsSync(file)).toBe(false);
  });
});
