import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { refuseDaysOutOfRange } from '../time/dayRange';
import type { reflectionChannels } from './channels';
import { saveStepAnswers, ensureReflection } from './answers';
import { rejectionDetail } from './detail';
import { addFeedbackTask, updateFeedback } from './feedback';
import { insights } from './insights';
import { createRejection, listRejections, prefillFromApplication } from './rejections';
import { finishReflection, moveStep, nextWeek } from './steps';
import { todayRecovery } from './today';
import { dismissPendingReflection, matchingApplications, pendingReflection, reflectionOfApplication } from './pending';
import type { StepNumber } from './schema';

export function reflectionHandlers(ctx: CoreContext): HandlersFor<typeof reflectionChannels> {
  return {
    'rejections:create': (input) => createRejection(ctx.db, input, ctx.now()),
    'rejections:list': (input) => listRejections(ctx.db, input?.offset, input?.limit),
    'rejections:get': ({ rejectionId }) => rejectionDetail(ctx.db, rejectionId, nextWeek(ctx), ctx.now()),
    'rejections:prefill': ({ applicationId }) => prefillFromApplication(ctx.db, applicationId),
    'rejections:insights': () => insights(ctx.db),
    'reflection:start': ({ rejectionId }) => ensureReflection(ctx.db, rejectionId, ctx.now()),
    'reflection:saveStep': ({ rejectionId, answers }) => saveStepAnswers(ctx.db, rejectionId, answers, ctx.now()),
    'reflection:move': ({ rejectionId, from, to, skip }) => moveStep(ctx, rejectionId, from as StepNumber, to as StepNumber, skip),
    'reflection:finish': ({ rejectionId }) => finishReflection(ctx, rejectionId),
    'reflection:today': () => todayRecovery(ctx.db, ctx.now()),
    'rejections:ofApplication': ({ applicationId }) => reflectionOfApplication(ctx.db, applicationId),
    'rejections:matchingApplications': ({ company }) => matchingApplications(ctx.db, company),
    'reflection:pending': () => pendingReflection(ctx.db, ctx.now()),
    'reflection:dismissPending': () => dismissPendingReflection(ctx.db, ctx.now()),
    'feedback:update': (input) => updateFeedback(ctx.db, input, ctx.now()),
    'feedback:addTask': ({ rejectionId, title, weekStart }) => {
      refuseDaysOutOfRange(ctx, { weekStart });
      return addFeedbackTask(ctx.db, rejectionId, title, weekStart ?? nextWeek(ctx), ctx.now());
    },
  };
}
