import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { winKinds, type Win } from '../../electron/core/wins/schema';
import { escapeMarkdown } from '../../electron/core/wins/bragSheet';
import { pickEncouragement } from '../../renderer/src/wins/pickEncouragement';
import { timelineRows } from '../../renderer/src/wins/timelineRows';

describe('picking an encouraging line', () => {
  const lines = { byKind: { applied: ['A1', 'A2', 'A3'], offer: ['O1', 'O2'] }, general: ['G1', 'G2'] };

  it('picks a line written for the kind of win', () => {
    expect(pickEncouragement(lines, 'applied', null, () => 0)).toBe('A1');
    expect(pickEncouragement(lines, 'applied', null, () => 0.99)).toBe('A3');
  });

  it('never repeats the line shown just before, whatever the dice say', () => {
    for (const roll of [0, 0.2, 0.5, 0.7, 0.999]) {
      expect(pickEncouragement(lines, 'offer', 'O1', () => roll)).toBe('O2');
      expect(pickEncouragement(lines, 'applied', 'A2', () => roll)).not.toBe('A2');
    }
  });

  it('falls back to the general lines for a kind without its own', () => {
    expect(pickEncouragement(lines, 'personal', null, () => 0)).toBe('G1');
    expect(pickEncouragement(lines, 'personal', 'G1', () => 0)).toBe('G2');
  });

  it('survives a random source that returns 1', () => {
    expect(pickEncouragement(lines, 'applied', null, () => 1)).toBe('A3');
  });

  it('has at least two lines for every kind in content, so a fresh one always exists', () => {
    for (const kind of winKinds) {
      expect(content.encouragement.byKind[kind]?.length ?? 0).toBeGreaterThanOrEqual(2);
      let previous: string | null = null;
      for (let index = 0; index < 20; index += 1) {
        const next = pickEncouragement(content.encouragement, kind, previous);
        expect(next).not.toBe(previous);
        previous = next;
      }
    }
  });
});

describe('the timeline rows', () => {
  const win = (id: number, day: string, weekStart: string): Win => ({
    id,
    kind: 'custom',
    title: `Win ${id}`,
    note: '',
    day,
    weekStart,
    applicationId: null,
    rejectionId: null,
    linkLabel: null,
    sourceKey: null,
    createdAt: '',
  });

  it('puts one week heading before the first win of each week', () => {
    const rows = timelineRows([
      win(5, '2026-03-12', '2026-03-09'),
      win(4, '2026-03-09', '2026-03-09'),
      win(3, '2026-03-08', '2026-03-02'),
      win(2, '2026-02-20', '2026-02-16'),
    ]);
    expect(rows.map((row) => (row.type === 'week' ? `W ${row.weekStart}` : row.win.id))).toEqual([
      'W 2026-03-09',
      5,
      4,
      'W 2026-03-02',
      3,
      'W 2026-02-16',
      2,
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    expect(timelineRows([])).toEqual([]);
  });
});

describe('the wins content', () => {
  it('names every kind and uses only placeholders the code fills', () => {
    for (const kind of winKinds) expect(content.wins.kinds[kind].label.length).toBeGreaterThan(0);
    const known = new Set(['lastWeek', 'date', 'title', 'count', 'total', 'weeks', 'max', 'from', 'to']);
    for (const [, name] of JSON.stringify(content.wins).matchAll(/\{(\w+)\}/g)) expect(known).toContain(name);
  });

  it('prints what the person typed literally in Markdown', () => {
    expect(escapeMarkdown('# *Big* [deal]_\nnext line')).toBe('\\# \\*Big\\* \\[deal\\]\\_ next line');
    expect(escapeMarkdown('Plain words, 100% mine.')).toBe('Plain words, 100% mine.');
  });
});
