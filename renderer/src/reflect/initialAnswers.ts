import { content } from '../../../content';
import {
  stepAnswersSchema,
  type AnswersOf,
  type RejectionDetail,
  type StepAnswers,
  type StepNumber,
} from '../../../electron/core/reflection/schema';
import type { Settings } from '../../../electron/core/settings/schema';
import { draftFor, feedbackRecipient } from './feedbackDraft';

/** A step's answers: what was saved, or sensible starting values (a drafted note, this week's usual targets, the wins pre-ticked). */
export function initialAnswers(step: StepNumber, detail: RejectionDetail, settings: Pick<Settings, 'targets' | 'yourName'>): StepAnswers {
  const saved = detail.answers[`${step}`];
  if (saved) return saved;
  switch (step) {
    case 3: {
      const tone = content.feedbackTemplates.tones[0]?.id ?? '';
      const greeted = { ...detail.rejection, recruiterName: feedbackRecipient(detail).name };
      return { step: 3, tone, ...draftFor(tone, greeted, settings.yourName) };
    }
    case 5:
      return { step: 5, checklist: [], targetWeek: detail.nextWeekStart };
    case 6:
      return {
        step: 6,
        targets: { search: settings.targets.search, apply: settings.targets.apply, followUp: settings.targets.followUp },
        note: '',
        weekStart: detail.nextWeekStart,
      } satisfies AnswersOf<6>;
    case 7:
      return { step: 7, wins: detail.offeredWins, moodAfter: null };
    default:
      return stepAnswersSchema.parse({ step });
  }
}
