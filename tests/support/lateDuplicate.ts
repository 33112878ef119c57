import { expect } from 'vitest';
import type { ImportApplied, ImportPreview, ImportProgress } from '../../electron/core/imports/schema';
import type { Result } from '../../electron/core/ipc/result';
import { appCaller, dataOf, type TestCore } from './core';

/*
 * A change that lands between the preview and the confirm, and one that lands inside the confirm after
 * its own check of the file, shared by the in-process writer's test and the worker's simulation.
 *
 * The confirm reads and checks the file again before it writes (applyImport), so an application added by
 * hand after the preview is found by that check. One added after that check, while the write is being
 * handed over, is found only by the write's own look at what is stored, inside its transaction. To land a
 * change exactly there without a race, the second hand-added application goes through the dispatcher from
 * the confirm's last progress step of the check ("checking", every row): the dispatcher runs a synchronous
 * handler before its first await, so the row is committed before that step returns and before any write
 * starts. The scenario asserts that, so it cannot silently test something else.
 */

const header = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n';

/** Five LinkedIn applications, each with its own posting link. */
export const lateFile = {
  name: 'Job Applications.csv',
  text:
    header +
    [1, 2, 3, 4, 5].map((n) => `"2/${n}/26, 9:00 AM",,,Harbour ${n},Designer ${n},https://jobs.example.org/view/${n},,`).join('\n') +
    '\n',
};

/** Typed by hand after the preview: the same company and role as row 2 once normalized (case, spaces). */
const byHandBeforeConfirm = { company: '  HARBOUR   2 ', role: 'designer 2' };
/** Typed by hand while the confirm hands its write over: another company and role, row 4's posting link. */
const byHandDuringConfirm = { company: 'Someone Else', role: 'Another Role', link: 'https://jobs.example.org/view/4' };

export interface LateDuplicate {
  /** Pass as the core's onImportProgress. */
  onProgress: (progress: ImportProgress) => void;
  /** Runs the scenario on a core started with `onProgress`, and checks what the person is told and what is stored. */
  run(core: TestCore): Promise<void>;
}

export function lateDuplicate(): LateDuplicate {
  let core: TestCore | null = null;
  let armed = false;
  let landed: Promise<Result<unknown>> | null = null;
  let committedBeforeReturn = false;
  const writing: number[] = [];
  const count = (db: TestCore['db']) => db.prepare('SELECT count(*) FROM applications').pluck().get() as number;
  return {
    onProgress: (progress) => {
      if (progress.phase === 'writing') writing.push(progress.rows);
      if (!armed || !core || progress.phase !== 'checking' || progress.rows !== progress.total) return;
      armed = false;
      const before = count(core.db);
      landed = core.dispatch('applications:create', byHandDuringConfirm, appCaller);
      committedBeforeReturn = count(core.db) === before + 1;
    },
    async run(started) {
      core = started;
      const preview = await dataOf<ImportPreview>(started, 'imports:preview', lateFile);
      expect(preview.added.map((row) => row.company)).toEqual(['Harbour 1', 'Harbour 2', 'Harbour 3', 'Harbour 4', 'Harbour 5']);
      expect(preview.alreadyTracked).toEqual([]);

      // Between the preview and the confirm: the person adds row 2 by hand.
      await dataOf(started, 'applications:create', byHandBeforeConfirm);
      armed = true;
      const applied = await dataOf<ImportApplied>(started, 'imports:apply', lateFile);

      // The second hand-added application landed inside the confirm, after its check, before the write.
      expect(landed).not.toBeNull();
      expect(committedBeforeReturn).toBe(true);
      expect(await landed).toMatchObject({ ok: true });
      // The answer: three added, two already tracked (one found by the confirm's check, one by the write's).
      expect(applied).toEqual({ added: 3, alreadyTracked: 2, refused: 0, contacts: 0 });
      // The write said it had three to write, not four.
      expect(writing).toEqual([0, 3]);
      // Stored: each application once, the hand-typed ones as the person typed them.
      const stored = started.db.prepare("SELECT company, role, coalesce(link, '') AS link FROM applications ORDER BY company").all();
      expect(stored).toEqual([
        { company: byHandBeforeConfirm.company.trim(), role: byHandBeforeConfirm.role, link: '' },
        { company: 'Harbour 1', role: 'Designer 1', link: 'https://jobs.example.org/view/1' },
        { company: 'Harbour 3', role: 'Designer 3', link: 'https://jobs.example.org/view/3' },
        { company: 'Harbour 5', role: 'Designer 5', link: 'https://jobs.example.org/view/5' },
        { company: byHandDuringConfirm.company, role: byHandDuringConfirm.role, link: byHandDuringConfirm.link },
      ]);
    },
  };
}
