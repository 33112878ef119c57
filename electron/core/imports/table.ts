import Papa from 'papaparse';
import { readFormulaGuarded } from '../csv';
import { content, fillMessage } from '../../../content';
import { refuseFile } from './decode';
import { maxRows, type Refusal } from './schema';

const words = content.imports.errors;

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
 */
export function readTable(file: string, text: string, headerAt?: (cells: string[]) => boolean): Table {
  const rows: TableRow[] = [];
  let line = 1;
  let offset = 0;
  let unclosed: number | null = null;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(file, text),
    skipEmptyLines: false,
    step: (result, parser) => {
      // Papaparse reports where the row ended, past its line break; it began where the previous one ended.
      const end = result.meta.cursor;
      const startLine = line;
      line += lineBreaks(text, offset, end);
      offset = end;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        unclosed = startLine;
        parser.abort();
        return;
      }
      const cells = result.data.map((cell) => readFormulaGuarded(cell));
      if (cells.every((cell) => cell.trim() === '')) return;
      if (rows.length > maxRows + 50) {
        parser.abort();
        return;
      }
      rows.push({ line: startLine, cells });
    },
  });
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
