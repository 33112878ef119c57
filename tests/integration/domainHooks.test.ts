import path from 'node:path';
import type Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { addTask } from '../../electron/core/planner/tasks';
import { setWeekTargets } from '../../electron/core/planner/weekRow';
import { defaultSettings } from '../../electron/core/settings/schema';
import { recordAutoWin } from '../../electron/core/wins/recordAutoWin';
import { tempDir } from '../support/tempDir';

let db: Database.Database;
beforeEach(async () => {
  ({ db } = await openDatabase({ file: path.join(tempDir(), 'r.sqlite3') }));
  return () => db.close();
});

describe('recording an automatic win', () => {
  const win = { kind: 'applied' as const, title: 'Applied to Acme', day: '2026-03-02', sourceKey: 'application:1:applied' };

  it('records once per source, however often the event repeats', () => {
    const first = recordAutoWin(db, win);
    const again = recordAutoWin(db, { ...win, title: 'Applied again' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(db.prepare('SELECT count(*) FROM wins').pluck().get()).toBe(1);
    expect(db.prepare('SELECT title FROM wins').pluck().get()).toBe('Applied to Acme');
  });

  it('does not bring back a win the person removed', () => {
    const { id } = recordAutoWin(db, win);
    db.prepare("UPDATE wins SET deleted_at = '2026-03-03T00:00:00.000Z' WHERE id = ?").run(id);
    expect(recordAutoWin(db, win).created).toBe(false);
    expect(db.prepare('SELECT count(*) FROM wins WHERE deleted_at IS NULL').pluck().get()).toBe(0);
  });

  it('refuses a link to an application that does not exist', () => {
    expect(() => recordAutoWin(db, { ...win, sourceKey: 'application:999:applied', applicationId: 999 })).toThrow(/FOREIGN KEY/);
  });
});

describe('week targets and tasks', () => {
  it('creates a week from the defaults, then changes only what is given', () => {
    expect(setWeekTargets(db, '2026-03-02', { apply: 2 }, defaultSettings.targets)).toEqual({ ...defaultSettings.targets, apply: 2 });
    expect(setWeekTargets(db, '2026-03-02', { search: 9 }, defaultSettings.targets)).toEqual({
      ...defaultSettings.targets,
      apply: 2,
      search: 9,
    });
    expect(db.prepare('SELECT count(*) FROM weeks').pluck().get()).toBe(1);
  });

  it('refuses an absurd target at the database too', () => {
    expect(() => setWeekTargets(db, '2026-03-02', { apply: 5000 }, defaultSettings.targets)).toThrow(/CHECK/);
  });

  it('adds a task to a week', () => {
    const id = addTask(db, { title: '  Refresh my resume  ', weekStart: '2026-03-09', source: 'upgrade' });
    expect(db.prepare('SELECT title, week_start, source FROM tasks WHERE id = ?').get(id)).toEqual({
      title: 'Refresh my resume',
      week_start: '2026-03-09',
      source: 'upgrade',
    });
  });
});
