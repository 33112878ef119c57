import { readSheet } from 'read-excel-file/universal';
import { content, fillMessage } from '../../../content';
import { refuseFile } from './decode';
import { unpackArchive } from './archive';
import { maxRows } from './schema';
import type { Table } from './table';

const words = content.imports.errors;

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  // Excel dates carry no zone; read-excel-file gives them as UTC midnight, so the UTC day is the one written.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
};

/**
 * The first sheet of an .xlsx as a table. It is a zip too, so the archive's
 * checks run before read-excel-file inflates anything. Formulas arrive as the
 * value Excel last computed (never run here); a merged cell's value sits in
 * its first cell and the rest read empty.
 */
export async function readXlsx(file: string, bytes: Uint8Array): Promise<Table> {
  unpackArchive(bytes, () => false);
  let data: unknown[][];
  try {
    const copy = bytes.slice().buffer;
    data = (await readSheet(copy)) as unknown[][];
  } catch {
    return refuseFile(words.xlsxUnreadable);
  }
  const rows = data
    .map((cells, index) => ({ line: index + 1, cells: cells.map(cellText) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = rows;
  if (!header) return refuseFile(words.noHeader);
  if (body.length === 0) refuseFile(words.noRows);
  if (body.length > maxRows) refuseFile(fillMessage(words.tooManyRows, { max: maxRows }));
  const width = header.cells.length;
  return {
    file,
    header: header.cells.map((cell) => cell.trim()),
    headerLine: header.line,
    rows: body.map((row) => ({ line: row.line, cells: Array.from({ length: width }, (_, at) => row.cells[at] ?? '') })),
    refused: [],
  };
}
