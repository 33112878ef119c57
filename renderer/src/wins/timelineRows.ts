import type { Win } from '../../../electron/core/wins/schema';

export type TimelineRow = { type: 'week'; key: string; weekStart: string } | { type: 'win'; key: string; win: Win };

/**
 * The timeline as one flat list for the windowed view: a heading row before
 * the first win of each week, then the wins. `wins` arrive newest first, so
 * each week appears once.
 */
export function timelineRows(wins: readonly Win[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let week: string | null = null;
  for (const win of wins) {
    if (win.weekStart !== week) {
      week = win.weekStart;
      rows.push({ type: 'week', key: `week-${week}`, weekStart: week });
    }
    rows.push({ type: 'win', key: `win-${win.id}`, win });
  }
  return rows;
}
