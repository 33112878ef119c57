/** One CSV field per RFC 4180: quoted when it holds a comma, quote, or line break; quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document spreadsheets open correctly: a UTF-8 byte-order mark (so
 * Excel reads accents and non-Latin names), a header row, CRLF line ends.
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
