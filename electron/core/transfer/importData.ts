import Database from 'better-sqlite3';
import { z } from 'zod';
import { writeBackup, type BackupFile } from '../backup/backupFiles';
import { migrate } from '../db/migrate';
import { latestVersion, migrations } from '../db/migrations';
import { DomainError } from '../ipc/result';
import { columnsOf, exportFormat } from './exportData';
import { rowOrderOf, transferTables, type TransferTable } from './tables';
import { content, fillMessage } from '../../../content';

export type ImportMode = 'merge' | 'replace';

export interface ImportResult {
  added: number;
  alreadyThere: number;
  /** The backup written before a replace. */
  backup: string | null;
}

const words = content.data.errors;

const envelope = z.object({
  format: z.literal(exportFormat, words.notExport),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))),
});

type Row = Record<string, string | number | null>;

function parseFile(text: string): z.infer<typeof envelope> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DomainError('invalid_input', words.damaged);
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) {
    throw new DomainError(
      'invalid_input',
      fillMessage(words.unreadable, { reason: parsed.error.issues[0]?.message ?? words.unreadableReason }),
    );
  }
  if (parsed.data.schemaVersion > latestVersion) {
    throw new DomainError(
      'conflict',
      fillMessage(words.tooNew, { found: String(parsed.data.schemaVersion), supported: String(latestVersion) }),
    );
  }
  const known = new Set(transferTables.map((table) => table.name));
  const unknown = Object.keys(parsed.data.tables).find((name) => !known.has(name));
  if (unknown) throw new DomainError('invalid_input', fillMessage(words.unknownTable, { table: unknown.slice(0, 40) }));
  return parsed.data;
}

/**
 * Loads the file into a scratch database at the file's own version, so every
 * row meets the real schema's types, checks and references; then migrates
 * the scratch copy to today's schema. Only a file that passes all of that
 * reaches the person's data.
 */
function loadScratch(file: z.infer<typeof envelope>): Database.Database {
  const scratch = new Database(':memory:');
  scratch.pragma('foreign_keys = ON');
  migrate(scratch, migrations.slice(0, file.schemaVersion));
  scratch.transaction(() => {
    for (const table of transferTables) {
      const rows = file.tables[table.name] ?? [];
      const columns = new Set(columnsOf(scratch, table.name));
      rows.forEach((row, index) => {
        const keys = Object.keys(row);
        const stray = keys.find((key) => !columns.has(key));
        if (stray)
          throw new DomainError(
            'invalid_input',
            fillMessage(words.unknownField, { table: table.name, row: String(index + 1), field: stray.slice(0, 40) }),
          );
        try {
          scratch
            .prepare(`INSERT INTO "${table.name}" (${keys.map((key) => `"${key}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`)
            .run(...keys.map((key) => row[key]));
        } catch (error) {
          throw new DomainError(
            'invalid_input',
            fillMessage(words.rowMisfit, { table: table.name, row: String(index + 1), reason: (error as Error).message }),
          );
        }
      });
    }
  })();
  migrate(scratch, migrations);
  return scratch;
}

function rowsOf(db: Database.Database, table: TransferTable): Row[] {
  return db.prepare(`SELECT * FROM "${table.name}" ORDER BY ${rowOrderOf(table.name)}`).all() as Row[];
}

function insert(db: Database.Database, table: string, row: Row): number {
  const keys = Object.keys(row);
  const result = db
    .prepare(`INSERT INTO "${table}" (${keys.map((key) => `"${key}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`)
    .run(...keys.map((key) => row[key]));
  return Number(result.lastInsertRowid);
}

function mergeInto(db: Database.Database, scratch: Database.Database): Pick<ImportResult, 'added' | 'alreadyThere'> {
  const idMaps = new Map<string, Map<number, number>>();
  let added = 0;
  let alreadyThere = 0;
  for (const table of transferTables) {
    const ids = new Map<number, number>();
    idMaps.set(table.name, ids);
    const find = db.prepare(
      `SELECT ${table.id ? `"${table.id}" AS id` : '1 AS id'} FROM "${table.name}" WHERE ${table.naturalKey.map((key) => `"${key}" IS ?`).join(' AND ')} LIMIT 1`,
    );
    for (const original of rowsOf(scratch, table)) {
      const row: Row = { ...original };
      for (const [column, target] of Object.entries(table.refs)) {
        const value = row[column];
        if (typeof value === 'number') row[column] = idMaps.get(target)?.get(value) ?? null;
      }
      const existing = find.get(...table.naturalKey.map((key) => row[key])) as { id: number } | undefined;
      const oldId = table.id ? (original[table.id] as number) : null;
      if (existing) {
        alreadyThere += 1;
        if (oldId !== null) ids.set(oldId, existing.id);
        continue;
      }
      if (table.id) delete row[table.id];
      // A win recorded by itself for an event already recorded here stays single.
      if (table.name === 'wins' && row.source_key !== null && db.prepare('SELECT 1 FROM wins WHERE source_key = ?').get(row.source_key)) {
        alreadyThere += 1;
        continue;
      }
      const newId = insert(db, table.name, row);
      if (oldId !== null) ids.set(oldId, newId);
      added += 1;
    }
  }
  return { added, alreadyThere };
}

function replaceWith(db: Database.Database, scratch: Database.Database): number {
  for (const table of [...transferTables].reverse()) db.prepare(`DELETE FROM "${table.name}"`).run();
  let added = 0;
  for (const table of transferTables) {
    for (const row of rowsOf(scratch, table)) {
      insert(db, table.name, row);
      added += 1;
    }
  }
  return added;
}

/**
 * Imports an export file in one transaction: merge adds what is not there
 * yet (a second import of the same file adds nothing); replace first writes
 * a backup, then swaps everything. A damaged, newer or invalid file changes
 * nothing at all.
 */
export async function importAll(
  db: Database.Database,
  text: string,
  mode: ImportMode,
  options: { backupDir: string; now: Date },
): Promise<ImportResult> {
  const scratch = loadScratch(parseFile(text));
  try {
    let backup: BackupFile | null = null;
    if (mode === 'replace') backup = await writeBackup(db, options.backupDir, 'restore', options.now);
    const applied = db.transaction(() =>
      mode === 'merge' ? mergeInto(db, scratch) : { added: replaceWith(db, scratch), alreadyThere: 0 },
    )();
    return { ...applied, backup: backup?.name ?? null };
  } finally {
    scratch.close();
  }
}
