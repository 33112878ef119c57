import type { Handlers } from '../ipc/dispatch';
import type { CoreContext } from '../startCore';
import { saveStepAnswers, ensureReflection } from './answers';
import { rejectionDetail } from './detail';
import { addFeedbackTask, updateFeedback } from './feedback';
import { insights } from './insights';
import { createRejection, listRejections, prefillFromApplication } from './rejections';
import { finishReflection, moveStep, nextWeek } from './steps';
import { todayRecovery } from './today';
import type { StepNumber } from './schema';

type ReflectionChannels =
  | 'rejections:create'
  | 'rejections:list'
  | 'rejections:get'
  | 'rejections:prefill'
  | 'rejections:insights'
  | 'reflection:start'
  | 'reflection:saveStep'
  | 'reflection:move'
  | 'reflection:finish'
  | 'reflection:today'
  | 'feedback:update'
  | 'feedback:addTask';

export function reflectionHandlers(ctx: CoreContext): Pick<Handlers, ReflectionChannels> {
  const stepContext = () => ({ db: ctx.db, now: ctx.now(), settings: ctx.settings.get() });
  return {
    'rejections:create': (input) => createRejection(ctx.db, input, ctx.now()),
    'rejections:list': () => listRejections(ctx.db),
    'rejections:get': ({ rejectionId }) => rejectionDetail(ctx.db, rejectionId, nextWeek(stepContext())),
    'rejections:prefill': ({ applicationId }) => prefillFromApplication(ctx.db, applicationId),
    'rejections:insights': () => insights(ctx.db),
    'reflection:start': ({ rejectionId }) => ensureReflection(ctx.db, rejectionId, ctx.now()),
    'reflection:saveStep': ({ rejectionId, answers }) => saveStepAnswers(ctx.db, rejectionId, answers, ctx.now()),
    'reflection:move': ({ rejectionId, from, to, skip }) =>
      moveStep(stepContext(), rejectionId, from as StepNumber, to as StepNumber, skip),
    'reflection:finish': ({ rejectionId }) => finishReflection(stepContext(), rejectionId),
    'reflection:today': () => todayRecovery(ctx.db, ctx.now()),
    'feedback:update': (input) => updateFeedback(ctx.db, input, ctx.now()),
    'feedback:addTask': ({ rejectionId, title, weekStart }) =>
      addFeedbackTask(ctx.db, rejectionId, title, weekStart ?? nextWeek(stepContext()), ctx.now()),
  };
}
