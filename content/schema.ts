import { z } from 'zod';

/** Content is prose, not code; these schemas make a broken file a failing test, not a blank screen. */
const line = z.string().trim().min(1).max(600);
const idLabel = z.object({ id: z.string().min(1), label: line }).strict();
const emptyState = z.object({ title: line, emptyTitle: line, emptyBody: line, action: line }).strict();

export const stepIds = ['accept', 'redirect', 'feedback', 'personal', 'upgrade', 'forward', 'celebrate'] as const;

export const reflectionContentSchema = z
  .object({
    steps: z
      .array(
        z
          .object({
            id: z.enum(stepIds),
            number: z.number().int().min(1).max(7),
            title: line,
            lead: line,
            prompts: z.record(z.string(), line),
            optional: z.boolean(),
          })
          .strict(),
      )
      .length(7)
      .refine((steps) => steps.every((step, index) => step.id === stepIds[index] && step.number === index + 1), {
        message: 'The seven steps must follow the guide, in order.',
      }),
    feelings: z.array(line).min(6),
    reasons: z.array(idLabel).min(3),
    upgradeChecklist: z.array(idLabel.extend({ task: line }).strict()).min(3),
    controlFactors: z.object({ outside: z.array(line).min(3), inside: z.array(line).min(3) }).strict(),
    recoveryWindows: z.array(z.object({ hours: z.number().int().min(1).max(168), label: line }).strict()).min(1),
    stages: z.array(idLabel).min(3),
    channels: z.array(idLabel).min(3),
  })
  .strict();

export const feedbackTemplatesSchema = z
  .object({
    fallbacks: z.object({ recruiterName: z.string(), role: z.string(), myName: z.string() }).strict(),
    tones: z.array(z.object({ id: z.string().min(1), label: line, subject: line, body: z.string().min(20).max(2000) }).strict()).min(2),
  })
  .strict();

export const faqSchema = z
  .object({ items: z.array(z.object({ id: z.string().min(1), question: line, answer: line }).strict()).min(4) })
  .strict();

export const encouragementSchema = z
  .object({
    byKind: z.record(z.string(), z.array(z.string().trim().min(1).max(120)).min(2)),
    general: z.array(z.string().trim().min(1).max(120)).min(4),
  })
  .strict();

export const viewsSchema = z
  .object({
    today: emptyState,
    reflect: emptyState,
    plan: emptyState,
    wins: emptyState,
    settings: z.object({ title: line, intro: line }).strict(),
    app: z.object({ tagline: line, noElectron: line }).strict(),
    tray: z
      .object({ open: line, rejection: line, logWin: line, thisWeekEmpty: line, settings: line, quit: line })
      .strict(),
    notices: z
      .object({ settingsReset: line, databaseRecovered: line, databaseFresh: line, databaseTooNew: line })
      .strict(),
  })
  .strict();

/** Fills {{name}} placeholders; a missing value becomes the given fallback or an empty string. */
export function fillTemplate(template: string, values: Record<string, string | undefined>, fallbacks: Record<string, string> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = values[key]?.trim();
    return value ? value : (fallbacks[key] ?? '');
  });
}

const labelsFor = <const K extends readonly string[]>(keys: K) =>
  z.object(Object.fromEntries(keys.map((key) => [key, line])) as Record<K[number], typeof line>).strict();
const lines = z.record(z.string(), line);

export const plannerStatusKeys = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'no_reply'] as const;
export const plannerSourceKeys = ['job_board', 'referral', 'company_site', 'recruiter', 'other'] as const;
export const plannerKindKeys = ['search', 'apply', 'follow_up', 'network', 'learn', 'volunteer'] as const;
export const plannerTargetKeys = ['search', 'apply', 'followUp', 'network', 'learn', 'volunteer'] as const;

/** The planner's words: labels the code looks up by key are checked key by key; the rest are plain lines. */
export const plannerContentSchema = z
  .object({
    statuses: labelsFor(plannerStatusKeys),
    nextStep: labelsFor(['saved', 'applied', 'interviewing'] as const),
    sources: labelsFor(plannerSourceKeys),
    kinds: labelsFor(plannerKindKeys),
    targets: labelsFor(plannerTargetKeys),
    wins: labelsFor(['applied', 'roleFallback', 'interviewing', 'offer', 'followUp', 'taskDone', 'weekMet'] as const),
    tray: labelsFor(['applied', 'followUpsDueOne', 'followUpsDueMany'] as const),
    calendar: lines,
    plan: lines,
    applications: lines,
    today: lines,
    review: lines,
    settings: lines,
  })
  .strict();
