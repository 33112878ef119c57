import type Database from 'better-sqlite3';
import { content, fillTemplate } from '../../../content';
import type { Day } from '../time/schema';
import { dayLabel } from './dayLabels';
import { winKinds, type BragSheet, type WinKind } from './schema';
import { winColumns, winJoins, type WinRow } from './winRows';

/**
 * Markdown reads * _ ` [ ] < > | as formatting and a leading # > + - as
 * structure; a title should print as typed, on one line, and stay readable as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`)
    .replace(/^([#>+-])/, '\\$1');
}

/**
 * The wins of a period as Markdown, grouped by kind (in the order of the kind
 * list, oldest first inside each group), ready to take into an interview.
 */
export function bragSheet(db: Database.Database, from: Day, to: Day): BragSheet {
  const copy = content.wins.brag;
  const rows = db
    .prepare(
      `SELECT ${winColumns} ${winJoins}
       WHERE w.deleted_at IS NULL AND w.day >= ? AND w.day <= ? ORDER BY w.day, w.id`,
    )
    .all(from, to) as WinRow[];
  const byKind = new Map<WinKind, WinRow[]>();
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);

  const lines = [
    `# ${fillTemplate(copy.title, { from: dayLabel(from), to: dayLabel(to) })}`,
    '',
    rows.length ? fillTemplate(copy.lead, { count: rows.length }) : copy.empty,
  ];
  for (const kind of winKinds) {
    const wins = byKind.get(kind);
    if (!wins) continue;
    lines.push('', `## ${content.wins.kinds[kind].heading} (${wins.length})`, '');
    for (const win of wins) {
      const link = win.linkLabel ? ` (${escapeMarkdown(win.linkLabel)})` : '';
      lines.push(`- **${escapeMarkdown(win.title)}**, ${dayLabel(win.day)}${link}`);
      if (win.note) lines.push(`  ${escapeMarkdown(win.note)}`);
    }
  }
  lines.push('', `_${copy.footer}_`, '');
  return { fileName: `rebound-wins-${from}-to-${to}.md`, content: lines.join('\n'), count: rows.length };
}
