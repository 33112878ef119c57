import type Database from 'better-sqlite3';
import { userVersion } from '../db/migrate';
import { writeCsv } from '../csv';
import { rowOrderOf, transferTables } from './tables';

export const exportFormat = 'rebound-export';

export interface ExportFile {
  format: typeof exportFormat;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

export function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((column) => column.name);
}

/** Everything the person has, in one versioned JSON document. */
export function exportAll(db: Database.Database, now: Date): { fileName: string; content: string } {
  const read = db.transaction(() => {
    const tables: ExportFile['tables'] = {};
    for (const table of transferTables)
      tables[table.name] = db.prepare(`SELECT * FROM "${table.name}" ORDER BY ${rowOrderOf(table.name)}`).all() as Record<
        string,
        unknown
      >[];
    return tables;
  });
  const file: ExportFile = { format: exportFormat, schemaVersion: userVersion(db), exportedAt: now.toISOString(), tables: read() };
  return { fileName: `rebound-export-${now.toISOString().slice(0, 10)}.json`, content: JSON.stringify(file, null, 1) };
}

/** One table as CSV for spreadsheets. */
export function exportCsv(db: Database.Database, table: string, now: Date): { fileName: string; content: string } {
  const columns = columnsOf(db, table);
  const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY ${rowOrderOf(table)}`).all() as Record<string, unknown>[];
  const cells = rows.map((row) => columns.map((column) => (row[column] === null || row[column] === undefined ? '' : String(row[column]))));
  return { fileName: `rebound-${table.replace(/_/g, '-')}-${now.toISOString().slice(0, 10)}.csv`, content: writeCsv([columns, ...cells]) };
}
