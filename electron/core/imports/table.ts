import Papa from 'papaparse';
import { readFormulaGuarded } from '../csv';
import { content, fillMessage } from '../../../content';
import { refuseFile } from './decode';
import { maxRows, type Refusal } from './schema';

const words = content.imports.errors;
/** Rows parsed between two pauses: small enough that a pause comes every few tens of milliseconds. */
export const yieldEvery = 2000;

export interface TableRow {
  /** The line the row starts on in the file, counting from 1. */
  line: number;
  cells: string[];
}

export interface Table {
  file: string;
  header: string[];
  headerLine: number;
  rows: TableRow[];
  /** Rows refused while reading (a field count that does not fit the header). */
  refused: Refusal[];
}

const lineBreaks = (text: string, from: number, to: number) => {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
};

/**
 * The delimiter, guessed by papaparse from the first rows with blank lines
 * skipped: counted in, a trailing blank line makes every candidate look
 * uneven and papaparse falls back to a comma.
 */
function delimiterOf(file: string, text: string): string {
  if (/\.tsv$/i.test(file)) return '\t';
  const guess = Papa.parse<string[]>(text.slice(0, 65_536), {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    preview: 20,
  });
  return guess.meta.delimiter || ',';
}

/**
 * Reads CSV or TSV text with papaparse: the delimiter guessed from the text
 * (comma, semicolon, tab, pipe) unless the file's name says tab, quoted line
 * breaks kept in their field, CRLF or LF alike. Each row keeps the line it
 * starts on, so a refusal can name it. A formula guard written by Rebound's
 * own export (a leading apostrophe) is taken off again.
 *
 * `headerAt` finds the header among the first lines (LinkedIn's Connections.csv
 * starts with notes); by default the first non-blank row is the header.
 *
 * Every `yieldEvery` rows the parser pauses and lets the event loop run (the
 * tray, other IPC calls) before going on, and `onRows` hears how many rows
 * are read: 20,000 rows parse in about half a second, which is too long to
 * hold the main process still.
 */
export async function readTable(
  file: string,
  text: string,
  headerAt?: (cells: string[]) => boolean,
  onRows?: (rows: number) => void,
): Promise<Table> {
  const rows: TableRow[] = [];
  let line = 1;
  let offset = 0;
  // After a pause papaparse counts its cursor from where it resumed, not from the start of the text.
  let resumedAt = 0;
  let unclosed: number | null = null;
  let pausedAt = 0;
  let stopped = false;
  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(text, {
      delimiter: delimiterOf(file, text),
      skipEmptyLines: false,
      // Fast mode (taken for a text without quotes) splits all the text still to read at every
      // resume, which made a long file cost its length once per pause: quadratic.
      fastMode: false,
      complete: () => resolve(),
      step: (result, parser) => {
        step(result, parser);
        const read = rows.length - 1;
        if (!stopped && read - pausedAt >= yieldEvery && offset < text.length) {
          pausedAt = read;
          parser.pause();
          resumedAt = offset;
          onRows?.(read);
          setImmediate(() => parser.resume());
        }
      },
    });
  });
  // Rows after the header line (LinkedIn's notes before a header count too; they are a handful).
  onRows?.(Math.max(0, rows.length - 1));
  function step(result: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void {
    // Papaparse reports where the row ended, past its line break; it began where the previous one ended.
    const end = resumedAt + result.meta.cursor;
    const startLine = line;
    line += lineBreaks(text, offset, end);
    offset = end;
    if (result.errors.some((error) => error.code === 'MissingQuotes')) {
      unclosed = startLine;
      stopped = true;
      parser.abort();
      return;
    }
    const cells = result.data.map((cell) => readFormulaGuarded(cell));
    if (cells.every((cell) => cell.trim() === '')) return;
    if (rows.length > maxRows + 50) {
      stopped = true;
      parser.abort();
      return;
    }
    rows.push({ line: startLine, cells });
  }
  if (unclosed !== null) refuseFile(fillMessage(words.lineIssue, { line: String(unclosed), reason: words.unclosedQuote }));
  const headerIndex = headerAt ? rows.slice(0, 50).findIndex((row) => headerAt(row.cells)) : 0;
  const headerRow = rows[headerIndex];
  if (headerIndex === -1 || !headerRow) return refuseFile(words.noHeader);
  const header = headerRow.cells.map((cell) => cell.trim());
  const body = rows.slice(headerIndex + 1);
  if (body.length === 0) refuseFile(words.noRows);
  if (body.length > maxRows) refuseFile(fillMessage(words.tooManyRows, { max: maxRows }));
  const refused: Refusal[] = [];
  const fitting = body.filter((row) => {
    // A trailing empty field (a line ending in a comma) is not a column of its own.
    while (row.cells.length > header.length && row.cells[row.cells.length - 1] === '') row.cells.pop();
    if (row.cells.length === header.length) return true;
    refused.push({ line: row.line, file, reason: fillMessage(words.fieldCount, { found: row.cells.length, expected: header.length }) });
    return false;
  });
  return { file, header, headerLine: headerRow.line, rows: fitting, refused };
}

/** A row's cells by header name, compared without case or spacing. */
export function cellsByName(table: Table): (row: TableRow, ...names: string[]) => string {
  const index = new Map(table.header.map((name, at) => [normalName(name), at] as const));
  return (row, ...names) => {
    for (const name of names) {
      const at = index.get(normalName(name));
      if (at !== undefined) return (row.cells[at] ?? '').trim();
    }
    return '';
  };
}

export const normalName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
