import { z } from 'zod';
import { idSchema, limit, pageLimit, pageOffset } from '../ipc/inputs';
import { daySchema } from '../time/schema';
import { content, fillMessage } from '../../../content';
import { targetMax } from '../settings/schema';
import type { ContactRelation, InterviewKind } from '../applications/people/schema';

/**
 * Inputs and outputs of the rejection and reflection channels. Imported by
 * the renderer too, so a field is checked by the same rule on both sides;
 * it may import only zod, other schema files and content/ (JSON and types).
 * Every message here is shown to the person beside the field it names.
 */

export const stages = ['applied', 'screening', 'interview', 'final', 'offer'] as const;
export const arrivalChannels = ['email', 'call', 'portal', 'silence'] as const;
export const reasonIds = ['strengths', 'workplace', 'interview', 'timing', 'unknown'] as const;
export const upgradeItemIds = ['resume', 'interview', 'skill', 'profile', 'practice'] as const;
export const feedbackStates = ['not_asked', 'asked', 'answered', 'no_reply'] as const;
export const effortWinIds = ['applied', 'interview', 'feedbackAsked', 'reflectionDone'] as const;

export type Stage = (typeof stages)[number];
export type ArrivalChannel = (typeof arrivalChannels)[number];
export type ReasonId = (typeof reasonIds)[number];
export type UpgradeItemId = (typeof upgradeItemIds)[number];
export type FeedbackState = (typeof feedbackStates)[number];
export type EffortWinId = (typeof effortWinIds)[number];

export const freeWritingMax = 20_000;

const id = idSchema;
const words = content.reflectUi.errors;
const fieldName = words.fields;
const settingsWords = content.views.settingsErrors;

function text(max: number, what: string) {
  return z.string({ error: fillMessage(words.textType, { what }) }).max(max, fillMessage(words.textTooLong, { what, max }));
}

const longWriting = (what: string) => text(freeWritingMax, what);

function oneOf<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

const companySchema = z
  .string({ error: words.companyMissing })
  .trim()
  .min(1, words.companyMissing)
  .max(...limit(200, words.companyTooLong));

const emailSchema = z
  .string()
  .trim()
  .max(320, words.emailTooLong)
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), words.emailInvalid);

export const newRejectionInput = z
  .object({
    company: companySchema,
    role: text(200, fieldName.role).trim().default(''),
    stage: oneOf(stages, words.stageList).default('applied'),
    receivedOn: daySchema,
    recruiterName: text(200, fieldName.recruiterName).trim().default(''),
    recruiterEmail: emailSchema.default(''),
    channel: oneOf(arrivalChannels, words.channelList).default('email'),
    note: longWriting(fieldName.note).default(''),
    applicationId: id.nullable().default(null),
  })
  .strict();
export type NewRejection = z.input<typeof newRejectionInput>;

export const rejectionIdInput = z.object({ rejectionId: id }).strict();
export const applicationIdInput = z.object({ applicationId: id }).strict();
/** Rejections listed per page, newest first, unless asked otherwise. */
export const rejectionsPageSize = 20;
export const listRejectionsInput = z
  .object({ offset: pageOffset.optional(), limit: pageLimit(200, words.pageSizeMax).optional() })
  .strict()
  .optional();

const feelingSchema = z
  .string()
  .trim()
  .min(1, words.feelingMissing)
  .max(...limit(60, words.feelingTooLong));
const factorSchema = z
  .string()
  .trim()
  .min(1)
  .max(...limit(300, words.factorTooLong));
const strengthSchema = z
  .string()
  .trim()
  .min(1)
  .max(...limit(300, words.strengthTooLong));
const scaleRange = { min: 1, max: 10 };
const scale = (what: string) =>
  z
    .number({ error: fillMessage(words.scaleType, { what, ...scaleRange }) })
    .int(fillMessage(words.scaleWhole, { what, ...scaleRange }))
    .min(scaleRange.min, fillMessage(words.scaleRange, { what, ...scaleRange }))
    .max(scaleRange.max, fillMessage(words.scaleRange, { what, ...scaleRange }));
/** A week's target, by the settings' own rule and words. */
const target = z
  .number({ error: settingsWords.wholeNumber })
  .int(settingsWords.wholeNumber)
  .min(0, settingsWords.targetNegative)
  .max(...limit(targetMax, settingsWords.targetTooMany));

const unique = <T>(items: T[]) =>
  new Set(items.map((item) => (typeof item === 'string' ? item.toLowerCase() : item))).size === items.length;

export const acceptAnswers = z
  .object({
    step: z.literal(1),
    feelings: z.array(feelingSchema).max(30, words.feelingsTooMany).default([]),
    intensity: scale(fieldName.heaviness).nullable().default(null),
    freeWriting: longWriting(fieldName.writing).default(''),
    /** Hours from the start of the reflection; 1 to 168 (a week at most). */
    recoveryHours: z
      .number({ error: words.recoveryMissing })
      .int(words.recoveryWhole)
      .min(1, words.recoveryMin)
      .max(168, words.recoveryMax)
      .nullable()
      .default(null),
  })
  .strict();

export const redirectAnswers = z
  .object({
    step: z.literal(2),
    reasons: z.array(oneOf(reasonIds, words.reasonList)).max(reasonIds.length).refine(unique, words.reasonOnce).default([]),
    betterFit: longWriting(fieldName.description).default(''),
  })
  .strict();

export const feedbackAnswers = z
  .object({
    step: z.literal(3),
    tone: z.string().max(40, words.toneList).default(''),
    subject: text(300, fieldName.subject).default(''),
    message: text(5000, fieldName.message).default(''),
  })
  .strict();

export const personalAnswers = z
  .object({
    step: z.literal(4),
    outside: z.array(factorSchema).max(30).default([]),
    inside: z.array(factorSchema).max(30).default([]),
    strengths: z.array(strengthSchema).max(20, words.strengthsTooMany).default([]),
  })
  .strict();

export const upgradeAnswers = z
  .object({
    step: z.literal(5),
    checklist: z.array(oneOf(upgradeItemIds, words.checklistList)).max(upgradeItemIds.length).refine(unique).default([]),
    targetWeek: daySchema.nullable().default(null),
  })
  .strict();

export const forwardAnswers = z
  .object({
    step: z.literal(6),
    targets: z
      .object({
        search: target.nullable(),
        apply: target.nullable(),
        followUp: target.nullable(),
        network: target.nullable(),
        volunteer: target.nullable(),
        learn: target.nullable(),
      })
      .partial()
      .strict()
      .default({}),
    note: text(5000, fieldName.note).default(''),
    /** The week the targets are for; next week when none is chosen. */
    weekStart: daySchema.nullable().default(null),
  })
  .strict();

export const celebrateAnswers = z
  .object({
    step: z.literal(7),
    wins: z.array(oneOf(effortWinIds, words.winList)).max(effortWinIds.length).refine(unique).default([]),
    moodAfter: scale(fieldName.heaviness).nullable().default(null),
  })
  .strict();

export const stepAnswersSchema = z.discriminatedUnion('step', [
  acceptAnswers,
  redirectAnswers,
  feedbackAnswers,
  personalAnswers,
  upgradeAnswers,
  forwardAnswers,
  celebrateAnswers,
]);
export type StepAnswers = z.output<typeof stepAnswersSchema>;
export type StepNumber = StepAnswers['step'];
export type AnswersOf<S extends StepNumber> = Extract<StepAnswers, { step: S }>;

export const saveStepInput = z.object({ rejectionId: id, answers: stepAnswersSchema }).strict();

export const stepNumberSchema = z
  .number()
  .int()
  .min(1, fillMessage(words.stepRange, { min: 1, max: 7 }))
  .max(7, fillMessage(words.stepRange, { min: 1, max: 7 }));

/** Moving between steps; `skip` leaves an optional step without acting on it. */
export const moveStepInput = z
  .object({ rejectionId: id, from: stepNumberSchema, to: stepNumberSchema, skip: z.boolean().default(false) })
  .strict();

export const updateFeedbackInput = z
  .object({
    rejectionId: id,
    state: oneOf(feedbackStates, words.feedbackStateList),
    askedOn: daySchema.nullable().default(null),
    answeredOn: daySchema.nullable().default(null),
    feedback: longWriting(fieldName.feedback).default(''),
    tone: z.string().max(40).default(''),
  })
  .strict();

export const feedbackTaskInput = z
  .object({
    rejectionId: id,
    title: z
      .string()
      .trim()
      .min(1, words.taskMissing)
      .max(...limit(300, words.taskTooLong)),
    weekStart: daySchema.nullable().default(null),
  })
  .strict();

// ── outputs ──

export type ReflectionStatus = { state: 'not_started' } | { state: 'in_progress'; step: number } | { state: 'done'; finishedAt: string };

export interface Rejection {
  id: number;
  applicationId: number | null;
  company: string;
  role: string;
  stage: Stage;
  receivedOn: string;
  recruiterName: string;
  recruiterEmail: string;
  channel: ArrivalChannel;
  note: string;
  createdAt: string;
}

export interface RejectionSummary extends Rejection {
  reflection: ReflectionStatus;
}

/** One page of rejections, newest first, and how many there are in all. */
export interface RejectionsPage {
  items: RejectionSummary[];
  offset: number;
  total: number;
}

export interface Reflection {
  currentStep: number;
  finishedAt: string | null;
  moodBefore: number | null;
  moodAfter: number | null;
  recoveryUntil: string | null;
  startedAt: string;
}

export interface FeedbackRequest {
  state: FeedbackState;
  tone: string;
  askedOn: string | null;
  answeredOn: string | null;
  feedback: string;
}

export interface LinkedTask {
  id: number;
  title: string;
  weekStart: string;
  source: string;
  done: boolean;
}

export interface LinkedWin {
  id: number;
  kind: string;
  title: string;
  day: string;
}

/** Someone linked to the rejected application, for the feedback note's greeting and address. */
export interface RejectionPerson {
  name: string;
  email: string;
  relation: ContactRelation;
}

/** An interview round of the rejected application, with the note written after it. */
export interface RejectionRound {
  id: number;
  kind: InterviewKind;
  /** The UTC moment it started. */
  startsAt: string;
  howItWent: string;
}

export interface RejectionDetail {
  rejection: Rejection;
  /** The people linked to its application (none when the rejection names no application). */
  people: RejectionPerson[];
  /** Its application's interview rounds that have begun, in order. */
  rounds: RejectionRound[];
  reflection: Reflection | null;
  status: ReflectionStatus;
  answers: Partial<Record<`${StepNumber}`, StepAnswers>>;
  feedback: FeedbackRequest;
  tasks: LinkedTask[];
  wins: LinkedWin[];
  /** The week whose targets step 6 wrote, with those targets. */
  targets: { weekStart: string; search: number; apply: number; followUp: number; network: number; learn: number; volunteer: number } | null;
  /** Strengths named in earlier reflections, to show again. */
  earlierStrengths: string[];
  /** The week tasks land in when none is chosen: next week. */
  nextWeekStart: string;
  /** The effort wins step 7 offers: what happened and is not already counted. */
  offeredWins: EffortWinId[];
}

export interface ApplicationPrefill {
  applicationId: number;
  company: string;
  role: string;
  recruiterName: string;
  recruiterEmail: string;
  stage: Stage;
}

export interface Insights {
  total: number;
  byReason: { id: ReasonId; count: number }[];
  byStage: { id: Stage; count: number }[];
  feedback: { asked: number; answered: number; noReply: number; waiting: number };
  /** Days from a rejection to the next application logged, for those followed by one. */
  bounceBack: { samples: number; medianDays: number | null; fastestDays: number | null };
}

export interface TodayRecoveryInfo {
  recovery: { rejectionId: number; company: string; until: string; finished: boolean } | null;
  strength: string | null;
  /** False until the first rejection is logged. */
  hasRejections: boolean;
}

/** Where a tracked application's reflection stands: its newest linked rejection, if any, and that reflection. */
export interface ApplicationReflection {
  rejectionId: number | null;
  reflection: ReflectionStatus | null;
}

/** A rejection not yet reflected on, for Today to mention once: a logged one, or an application marked rejected. */
export type PendingReflection =
  | { kind: 'rejection'; rejectionId: number; company: string; inProgress: boolean }
  | { kind: 'application'; applicationId: number; company: string };

/** A tracked application that a rejection logged by hand may belong to. */
export interface MatchingApplication {
  id: number;
  company: string;
  role: string;
  status: string;
  appliedOn: string | null;
}

export const matchingApplicationsInput = z
  .object({ company: z.string({ error: words.companyMissing }).max(...limit(200, words.companyTooLong)) })
  .strict();
