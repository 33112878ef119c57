import type Database from 'better-sqlite3';
import { content, fillTemplate } from '../../../content';
import { DomainError } from '../ipc/result';
import type { CoreContext } from '../context';
import { addTask } from '../planner/tasks';
import { setWeekTargets } from '../planner/weekRow';
import type { Settings, Targets } from '../settings/schema';
import { dayOf, nextWeekStartOf } from '../time/days';
import { recordAutoWin } from '../wins/recordAutoWin';
import { ensureReflection, readReflection, readStep } from './answers';
import { getRejection } from './rejections';
import type { AnswersOf, EffortWinId, Reflection, StepNumber } from './schema';

const optionalSteps = new Set(content.reflection.steps.filter((step) => step.optional).map((step) => step.number));
const messages = () => content.reflectUi.errors;

function refuse(field: string, message: string): never {
  throw new DomainError('invalid_input', message, { [field]: message });
}

/** One command's view of core: the clock and the settings read once, so a step acts on one moment throughout. */
interface StepMoment {
  db: Database.Database;
  now: Date;
  settings: Settings;
}

const momentOf = (ctx: CoreContext): StepMoment => ({ db: ctx.db, now: ctx.now(), settings: ctx.settings.get() });

/**
 * Leaves a step. Going forward acts on what the step asked for (strengths
 * kept, tasks added, targets set), after checking the step is complete;
 * skipping is for optional steps only; going back changes nothing.
 */
export function moveStep(core: CoreContext, rejectionId: number, from: StepNumber, to: StepNumber, skip: boolean): Reflection {
  const ctx = momentOf(core);
  const { db, now } = ctx;
  return db.transaction(() => {
    ensureReflection(db, rejectionId, now);
    if (to > from + 1) throw new DomainError('conflict', messages().stepAhead);
    if (to > from) {
      if (skip && !optionalSteps.has(from)) throw new DomainError('invalid_input', messages().notOptional);
      if (!skip) actOnStep(ctx, rejectionId, from);
    }
    db.prepare('UPDATE reflections SET current_step = ?, updated_at = ? WHERE rejection_id = ?').run(to, now.toISOString(), rejectionId);
    return readReflection(db, rejectionId) as Reflection;
  })();
}

function actOnStep(ctx: StepMoment, rejectionId: number, step: StepNumber): void {
  const { db } = ctx;
  switch (step) {
    case 1: {
      const answers = readStep(db, rejectionId, 1);
      if (answers.intensity === null) refuse('intensity', messages().intensityMissing);
      if (answers.recoveryHours === null) refuse('recoveryHours', messages().recoveryMissing);
      return;
    }
    case 2: {
      if (readStep(db, rejectionId, 2).reasons.length === 0) refuse('reasons', messages().reasonsMissing);
      return;
    }
    case 4:
      keepStrengths(ctx, rejectionId, readStep(db, rejectionId, 4));
      return;
    case 5:
      addUpgradeTasks(ctx, rejectionId, readStep(db, rejectionId, 5));
      return;
    case 6:
      commitTargets(ctx, readStep(db, rejectionId, 6));
      return;
    default:
      return;
  }
}

function keepStrengths(ctx: StepMoment, rejectionId: number, answers: AnswersOf<4>): void {
  if (answers.strengths.length === 0) refuse('strengths', messages().strengthsMissing);
  const insert = ctx.db.prepare('INSERT INTO strengths (text, rejection_id, created_at) VALUES (?, ?, ?) ON CONFLICT (text) DO NOTHING');
  for (const strength of answers.strengths) insert.run(strength.trim(), rejectionId, ctx.now.toISOString());
}

/** The week after the one holding `now`: where a reflection's tasks and targets go unless another week is chosen. */
function nextWeekAt(moment: Pick<StepMoment, 'now' | 'settings'>): string {
  return nextWeekStartOf(dayOf(moment.now), moment.settings.weekStartsOn);
}

export function nextWeek(ctx: CoreContext): string {
  return nextWeekAt(momentOf(ctx));
}

/** Each checked item becomes one task, once: going back and forward again adds nothing twice. */
function addUpgradeTasks(ctx: StepMoment, rejectionId: number, answers: AnswersOf<5>): void {
  const weekStart = answers.targetWeek ?? nextWeekAt(ctx);
  const exists = ctx.db.prepare("SELECT 1 FROM tasks WHERE rejection_id = ? AND source = 'upgrade' AND title = ?");
  for (const id of answers.checklist) {
    const item = content.reflection.upgradeChecklist.find((entry) => entry.id === id);
    if (!item || exists.get(rejectionId, item.task)) continue;
    addTask(ctx.db, { title: item.task, weekStart, source: 'upgrade', rejectionId }, ctx.now);
  }
}

function commitTargets(ctx: StepMoment, answers: AnswersOf<6>): void {
  const { targets } = answers;
  for (const key of ['search', 'apply', 'followUp'] as const) {
    if (targets[key] === null || targets[key] === undefined) refuse(`targets.${key}`, messages().targetMissing);
  }
  const given = Object.fromEntries(
    Object.entries(targets).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<Targets>;
  setWeekTargets(ctx.db, answers.weekStart ?? nextWeekAt(ctx), given, ctx.settings.targets, ctx.now);
}

/**
 * The effort wins step 7 offers, pre-filled from what actually happened. An
 * effort already recorded for the tracked application (marking it applied or
 * interviewing records its own win, even one removed since) is not offered a
 * second time, so one application never counts as two.
 */
export function offeredWins(db: Database.Database, rejectionId: number): EffortWinId[] {
  const rejection = getRejection(db, rejectionId);
  const feedback = db.prepare('SELECT state FROM feedback_requests WHERE rejection_id = ?').pluck().get(rejectionId) as string | undefined;
  const recorded = (status: 'applied' | 'interviewing') =>
    rejection.applicationId !== null &&
    db.prepare('SELECT 1 FROM wins WHERE source_key = ?').get(`application:${rejection.applicationId}:${status}`) !== undefined;
  const wins: EffortWinId[] = [];
  if (!recorded('applied')) wins.push('applied');
  if (['interview', 'final', 'offer'].includes(rejection.stage) && !recorded('interviewing')) wins.push('interview');
  if (feedback && feedback !== 'not_asked') wins.push('feedbackAsked');
  wins.push('reflectionDone');
  return wins;
}

const winSpec: Record<EffortWinId, { kind: 'applied' | 'interview' | 'feedback_asked' | 'reflection_done'; key: string }> = {
  applied: { kind: 'applied', key: 'applied-effort' },
  interview: { kind: 'interview', key: 'interview-effort' },
  feedbackAsked: { kind: 'feedback_asked', key: 'feedback_asked' },
  reflectionDone: { kind: 'reflection_done', key: 'reflection_done' },
};

export function effortWinTitle(id: EffortWinId, company: string): string {
  return fillTemplate(content.reflectUi.celebrate.winTitles[id], { company });
}

/** Finishes the reflection: the confirmed wins are recorded with it, and the mood after is kept. */
export function finishReflection(core: CoreContext, rejectionId: number): Reflection {
  const { db, now } = momentOf(core);
  return db.transaction(() => {
    ensureReflection(db, rejectionId, now);
    const answers = readStep(db, rejectionId, 7);
    if (answers.moodAfter === null) refuse('moodAfter', messages().moodMissing);
    const rejection = getRejection(db, rejectionId);
    const offered = new Set(offeredWins(db, rejectionId));
    for (const id of answers.wins) {
      if (!offered.has(id)) continue;
      const spec = winSpec[id];
      recordAutoWin(
        db,
        {
          kind: spec.kind,
          title: effortWinTitle(id, rejection.company),
          day: dayOf(now),
          sourceKey: `rejection:${rejectionId}:${spec.key}`,
          rejectionId,
          applicationId: rejection.applicationId,
        },
        now,
      );
    }
    const at = now.toISOString();
    db.prepare(
      'UPDATE reflections SET current_step = 7, mood_after = ?, finished_at = coalesce(finished_at, ?), updated_at = ? WHERE rejection_id = ?',
    ).run(answers.moodAfter, at, at, rejectionId);
    return readReflection(db, rejectionId) as Reflection;
  })();
}
