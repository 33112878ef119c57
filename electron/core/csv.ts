/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF,
 * fields quoted with double quotes (a quote inside doubled), so commas,
 * quotes and line breaks survive inside a field. The writer quotes every
 * field and starts with a UTF-8 byte order mark so spreadsheets read
 * non-Latin names correctly.
 */

export const bom = '\uFEFF';
import { content } from '../../content';

/**
 * A field a spreadsheet would run as a formula (=, +, -, @, or a leading tab
 * or carriage return) gets a leading apostrophe, so an exported company name
 * like =HYPERLINK(...) shows as text instead of acting; readFormulaGuarded
 * takes the apostrophe off again on import.
 */
export function guardFormula(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}

export function readFormulaGuarded(field: string): string {
  return /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  const quote = (field: string) => `"${guardFormula(field).replace(/"/g, '""')}"`;
  return bom + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRecord {
  /** The line the record starts on, counting from 1 (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** Parses CSV text into records; anything malformed throws a CsvError naming the line at fault. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith(bom) ? text.slice(1) : text;
  // No text file holds a NUL; SQLite would also read a value only up to it (length('\0Acme') is 0).
  const nul = input.indexOf('\u0000');
  if (nul !== -1) throw new CsvError(input.slice(0, nul).split('\n').length, 'there is a NUL character, so this is not a plain text file');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    // A blank line is not a record.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (index < input.length) {
    const char = input[index] as string;
    if (atFieldStart && char === '"') {
      const opened = line;
      index += 1;
      for (;;) {
        if (index >= input.length) throw new CsvError(opened, content.planner.errors.csvUnclosedQuote);
        const inner = input[index] as string;
        if (inner === '"') {
          if (input[index + 1] === '"') {
            field += '"';
            index += 2;
            continue;
          }
          index += 1;
          break;
        }
        if (inner === '\n') line += 1;
        if (inner === '\r' && input[index + 1] !== '\n') line += 1;
        field += inner;
        index += 1;
      }
      const next = input[index];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvError(line, content.planner.errors.csvTextAfterQuote);
      }
      atFieldStart = false;
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      atFieldStart = true;
      index += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      index += char === '\r' && input[index + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (char === '"') throw new CsvError(line, content.planner.errors.csvStrayQuote);
    field += char;
    atFieldStart = false;
    index += 1;
  }
  if (!atFieldStart || fields.length > 0 || field !== '') endRecord();
  return records;
}
