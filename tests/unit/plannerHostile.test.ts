import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../electron/core/ipc/contract';
import { parseHash } from '../../renderer/src/app/route';
import { startPlannerCore } from '../support/plannerCore';

let close: (() => void) | null = null;
afterEach(() => close?.());

const plannerChannels = channels.filter((channel) => channel.startsWith('planner:') || channel.startsWith('applications:'));
const huge = 'x'.repeat(10 * 1024 * 1024);
let deep: unknown = { company: 'A' };
for (let index = 0; index < 2000; index += 1) deep = { fields: deep };

const hostile: [string, unknown][] = [
  ['a 10 MB string', { company: huge, title: huge, content: `${huge}x`, note: huge, search: huge, weekStart: huge }],
  ['NaN everywhere', { id: Number.NaN, weekStart: Number.NaN, targets: { apply: Number.NaN }, weeks: Number.NaN }],
  ['Infinity', { id: Number.POSITIVE_INFINITY, nextInDays: Number.POSITIVE_INFINITY }],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}, "id": 1, "company": "A"}')],
  ['deep nesting', deep],
  ['an array', [1, 2, 3]],
  ['a string', 'planner'],
  ['a day plan with a prototype key', { weekStart: '2026-03-09', dayPlan: JSON.parse('{"__proto__": ["search"]}') }],
];

describe('every planner channel against hostile payloads', () => {
  it.each(hostile)('refuses %s cleanly and stores nothing', async (_name, payload) => {
    const p = await startPlannerCore('2026-03-11T10:00:00');
    close = () => p.core.close();
    for (const channel of plannerChannels) {
      const result = await p.core.dispatch(channel, payload, { url: 'app://rebound/index.html', isMainFrame: true });
      if (result.ok) throw new Error(`${channel} accepted ${_name}`);
      expect(['invalid_input', 'not_found']).toContain(result.error.code);
      expect(result.error.message.length).toBeLessThan(400);
    }
    for (const table of ['applications', 'weeks', 'activities', 'tasks', 'follow_ups', 'wins']) {
      expect(p.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('routes that name a record', () => {
  it.each([
    ['#/reflect?new-rejection-12', { view: 'reflect', action: 'new-rejection-12' }],
    ['#/plan?applications', { view: 'plan', action: 'applications' }],
    ['#/wins?quick-log', { view: 'wins', action: 'quick-log' }],
    ['#/reflect?new-rejection-<script>', { view: 'today', action: null }],
    ['#/reflect?a%20b', { view: 'today', action: null }],
    [`#/plan?${'a'.repeat(65)}`, { view: 'today', action: null }],
    ['#/nowhere?x', { view: 'today', action: null }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });
});
