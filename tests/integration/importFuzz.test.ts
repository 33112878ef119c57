import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../support/core';
import { transferTables } from '../../electron/core/transfer/tables';
import { contentHash, rowCount } from '../support/contentHash';
import { appCaller, startTestCore, dataOf } from '../support/core';
import { seeded } from '../support/hostile';
import { tempDir } from '../support/tempDir';

/**
 * Thousands of damaged export and CSV files, made from real ones by a seeded
 * generator (the seed is in every failure message, so a case replays). For
 * each: an answer, never a crash or an `internal` error; a refused file
 * leaves the database content hash exactly as it was; an accepted one adds
 * exactly what it says it added, all of it, with every reference intact.
 */

/** REBOUND_FUZZ_SEED=n replays another run. */
const seed = Number(process.env.REBOUND_FUZZ_SEED ?? 20261202);
const jsonCases = 2500;
const csvCases = 2500;
const clock = () => new Date('2026-03-10T10:00:00Z');
const tableNames = transferTables.map((table) => table.name);

type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;

const nasty = [
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\n',
  '\r',
  '\u0000',
  '\u2028',
  '\ufeff',
  '\ud800',
  '=',
  '+',
  '-',
  '@',
  ';',
  'é',
  '😀',
  '\t',
];
const wrongValues: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  'x',
  '2026-02-30',
  [],
  {},
  [1, 2],
  { a: 1 },
  'x'.repeat(70_000),
];

/** Text-level damage: what a cut download, a bad disk or a careless edit does to any file. */
const textMutations: ((text: string, random: Random) => { name: string; text: string })[] = [
  (text, random) => ({ name: 'cut short', text: text.slice(0, int(random, text.length)) }),
  (text, random) => {
    const chars = [...text];
    const flips = 1 + int(random, 8);
    for (let n = 0; n < flips; n += 1) chars[int(random, chars.length)] = String.fromCharCode(int(random, 256));
    return { name: `${flips} bytes flipped`, text: chars.join('') };
  },
  (text, random) => {
    const at = int(random, text.length);
    return { name: 'nasty character inserted', text: text.slice(0, at) + pick(random, nasty) + text.slice(at) };
  },
  (text, random) => {
    const from = int(random, text.length);
    const to = Math.min(text.length, from + 1 + int(random, 200));
    return { name: 'a stretch deleted', text: text.slice(0, from) + text.slice(to) };
  },
  (text, random) => {
    const from = int(random, text.length);
    const to = Math.min(text.length, from + 1 + int(random, 200));
    return { name: 'a stretch repeated', text: text.slice(0, to) + text.slice(from, to) + text.slice(to) };
  },
];

/** Rarer than the rest: each one costs a parse of up to 1.5 MB. */
const hugeField = (text: string, random: Random) => {
  const at = int(random, text.length);
  return { name: 'a huge field', text: text.slice(0, at) + 'y'.repeat(100_000 + int(random, 1_400_000)) + text.slice(at) };
};
const damageText = (text: string, random: Random) => (random() < 0.03 ? hugeField : pick(random, textMutations))(text, random);

type Export = { format: unknown; schemaVersion: unknown; exportedAt: unknown; tables: Record<string, Record<string, unknown>[]> };

/** Structure-level damage to an export: the wrong types, duplicated keys and rows, strange tables. */
const exportMutations: ((file: Export, text: string, random: Random) => { name: string; text: string })[] = [
  (file, _text, random) => {
    const rows = Object.entries(file.tables).filter(([, list]) => list.length > 0);
    const [table, list] = pick(random, rows);
    const row = pick(random, list);
    const column = pick(random, Object.keys(row));
    const value = pick(random, wrongValues);
    row[column] = value;
    return { name: `${table}.${column} set to ${JSON.stringify(value)?.slice(0, 30)}`, text: JSON.stringify(file) };
  },
  (file, _text, random) => {
    const rows = Object.entries(file.tables).filter(([, list]) => list.length > 0);
    const [table, list] = pick(random, rows);
    list.push({ ...pick(random, list) });
    return { name: `a ${table} row duplicated`, text: JSON.stringify(file) };
  },
  (_file, text, random) => {
    // Duplicate keys cannot be made with JSON.stringify; JSON.parse keeps the last one.
    const keys = [...text.matchAll(/"([a-z_]+)":/g)];
    const match = pick(random, keys);
    const at = match.index + match[0].length;
    const value = JSON.stringify(pick(random, wrongValues));
    return { name: `duplicate key "${match[1]}"`, text: `${text.slice(0, at)}${value},"${match[1]}":${text.slice(at)}` };
  },
  (file, _text, random) => {
    const key = pick(random, ['format', 'schemaVersion', 'exportedAt', 'tables']);
    (file as unknown as Record<string, unknown>)[key] = pick(random, [...wrongValues, 999, 0, 'rebound-export']);
    return { name: `envelope ${key} changed`, text: JSON.stringify(file) };
  },
  (file, _text, random) => {
    const name = pick(random, ['__proto__', 'constructor', 'sqlite_master', 'app_meta', 'win_days', 'wins"; DROP TABLE wins; --', '']);
    file.tables[name] = [{ id: 1 }];
    return { name: `unknown table ${JSON.stringify(name)}`, text: JSON.stringify(file) };
  },
  (file, _text, random) => {
    const rows = Object.entries(file.tables).filter(([, list]) => list.length > 0);
    const [table, list] = pick(random, rows);
    const row = pick(random, list);
    const column = pick(random, ['__proto__', 'rowid', 'id"); DROP TABLE wins; --', 'nope', 'oid']);
    row[column] = 1;
    return { name: `${table} row with column ${JSON.stringify(column)}`, text: JSON.stringify(file) };
  },
  (file, _text, random) => {
    const refs = transferTables.flatMap((table) => Object.keys(table.refs).map((column) => [table.name, column] as const));
    const [table, column] = pick(random, refs);
    const list = file.tables[table] ?? [];
    if (list.length === 0) return { name: 'no reference to break', text: JSON.stringify(file) };
    pick(random, list)[column] = 900_000 + int(random, 1000);
    return { name: `${table}.${column} points nowhere`, text: JSON.stringify(file) };
  },
];

const batchSize = 500;
let lastLogged: unknown = null;
let core: TestCore;
let exportText: string;

const ok = <T>(channel: string, payload?: unknown) => dataOf<T>(core, channel, payload);

/** A core with a little data of its own; a new one every batch, so accepted files do not pile up and slow the hash. */
async function freshTarget(): Promise<void> {
  core?.close();
  core = await startTestCore(tempDir('rebound-fuzz-target-'), { now: clock, logError: (_channel, error) => (lastLogged = error) });
  // Durability is not what this test checks, and an fsync per accepted file was most of its time.
  core.db.pragma('synchronous = OFF');
  await ok('applications:create', { company: 'Already here', status: 'applied', day: '2026-03-01' });
  await ok('wins:log', { kind: 'personal', title: 'A walk', day: '2026-03-01' });
}

beforeAll(async () => {
  // A database with something in most tables, exported the way a person would export it.
  const sourceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-fuzz-source-'));
  core = await startTestCore(sourceDir, { now: clock });
  const app = await ok<{ id: number }>('applications:create', { company: 'Acme', role: 'Engineer', status: 'applied', day: '2026-03-02' });
  await ok('applications:create', { company: 'Beta', status: 'saved' });
  await ok('applications:setStatus', { id: app.id, status: 'interviewing' });
  await ok('wins:log', { kind: 'learning', title: 'Finished a course', day: '2026-03-03' });
  await ok('rejections:create', { company: 'Gamma', receivedOn: '2026-03-04' });
  await ok('planner:addTask', { weekStart: '2026-03-09', title: 'Refresh my resume' });
  exportText = (await ok<{ content: string }>('data:exportJson')).content;
  core.close();
  fs.rmSync(sourceDir, { recursive: true, force: true });
}, 30_000);

afterAll(() => core?.close());

/** One case: an answer, never `internal`; a refusal changes nothing; an acceptance adds exactly what it reports. */
async function check(channel: 'data:importJson' | 'applications:importCsv', payload: Record<string, unknown>, label: string) {
  const before = contentHash(core.db);
  const rowsBefore = rowCount(core.db, tableNames);
  const applications = () => core.db.prepare('SELECT count(*) FROM applications').pluck().get() as number;
  const applicationsBefore = applications();
  const result = await core.dispatch(channel, payload, appCaller);
  if (!result.ok) {
    expect(result.error.code, `${label}: ${result.error.message} ${String(lastLogged)} ${JSON.stringify(payload).slice(0, 600)}`).not.toBe(
      'internal',
    );
    expect(result.error.message.length, label).toBeLessThan(2000);
    expect(contentHash(core.db), `${label}: refused, yet the data changed`).toBe(before);
    return 'refused';
  }
  const rowsAfter = rowCount(core.db, tableNames);
  const data = result.data as { added?: number; imported?: number };
  if (channel === 'applications:importCsv') {
    expect(applications() - applicationsBefore, label).toBe(data.imported);
    expect(data.imported, label).toBeGreaterThan(0);
  } else if (payload.mode === 'replace') {
    expect(rowsAfter, label).toBe(data.added);
  } else {
    expect(rowsAfter - rowsBefore, label).toBe(data.added);
  }
  expect(core.db.pragma('foreign_key_check'), label).toEqual([]);
  return 'accepted';
}

describe('import fuzzing', () => {
  it(`${jsonCases} damaged exports: no crash, refused files change nothing, accepted ones are whole (seed ${seed})`, async () => {
    const random = seeded(seed);
    const tally = { refused: 0, accepted: 0 };
    for (let n = 0; n < jsonCases; n += 1) {
      if (n % batchSize === 0) await freshTarget();
      const structural = random() < 0.5;
      const mutated = structural
        ? pick(random, exportMutations)(JSON.parse(exportText) as Export, exportText, random)
        : damageText(exportText, random);
      // A few files get a second dose, as a file damaged twice would.
      const { name, text } = random() < 0.2 ? damageText(mutated.text, random) : mutated;
      const mode = random() < 0.85 ? 'merge' : 'replace';
      const outcome = await check('data:importJson', { content: text, mode }, `seed ${seed}, json case ${n} (${name}, ${mode})`);
      tally[outcome] += 1;
    }
    expect(tally.refused + tally.accepted).toBe(jsonCases);
    expect(tally.refused).toBeGreaterThan(jsonCases / 2);
    console.info(`import fuzzing (json): ${JSON.stringify(tally)}`);
  }, 120_000);

  it(`${csvCases} damaged CSV files: no crash, refused files change nothing, accepted ones are whole (seed ${seed + 1})`, async () => {
    const random = seeded(seed + 1);
    const tally = { refused: 0, accepted: 0 };
    for (let n = 0; n < csvCases; n += 1) {
      if (n % batchSize === 0) await freshTarget();
      // Fresh company names per case, so a file that survives its damage is not refused only as a repeat.
      const csv = [
        'company,role,link,source,location,remote,salary_note,recruiter_name,recruiter_email,notes,status,applied_on',
        `Fuzz ${n} A,Engineer,https://example.com/${n},referral,Lyon,yes,,Sam,sam@example.com,"Said ""hi""",applied,2026-03-02`,
        `Fuzz ${n} B,Designer,,job_board,,no,,,,,saved,`,
        `"Fuzz ${n}, C",Lead,,other,Remote,no,,,,"two\nlines",interviewing,2026-03-05`,
      ].join('\r\n');
      const { name, text } = damageText(csv, random);
      const outcome = await check('applications:importCsv', { content: text }, `seed ${seed + 1}, csv case ${n} (${name})`);
      tally[outcome] += 1;
    }
    expect(tally.refused + tally.accepted).toBe(csvCases);
    console.info(`import fuzzing (csv): ${JSON.stringify(tally)}`);
  }, 120_000);
});
