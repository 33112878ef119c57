import { none } from '../app/contract';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import {
  applicationIdInput,
  feedbackTaskInput,
  listRejectionsInput,
  matchingApplicationsInput,
  moveStepInput,
  newRejectionInput,
  rejectionIdInput,
  saveStepInput,
  updateFeedbackInput,
  type ApplicationPrefill,
  type ApplicationReflection,
  type MatchingApplication,
  type PendingReflection,
  type FeedbackRequest,
  type Insights,
  type Reflection,
  type Rejection,
  type RejectionDetail,
  type RejectionsPage,
  type TodayRecoveryInfo,
} from './schema';

/** Rejections, the seven-step reflection and feedback requests. */
export const reflectionChannels = {
  'rejections:create': mutation(newRejectionInput, returns<Rejection>()),
  'rejections:list': query(listRejectionsInput, returns<RejectionsPage>()),
  'rejections:get': query(rejectionIdInput, returns<RejectionDetail>()),
  'rejections:prefill': query(applicationIdInput, returns<ApplicationPrefill>()),
  'rejections:insights': query(none, returns<Insights>()),
  'reflection:start': mutation(rejectionIdInput, returns<Reflection>()),
  'reflection:saveStep': mutation(saveStepInput, returns<Reflection>()),
  'reflection:move': mutation(moveStepInput, returns<Reflection>()),
  'reflection:finish': mutation(rejectionIdInput, returns<Reflection>()),
  'reflection:today': query(none, returns<TodayRecoveryInfo>()),
  'rejections:ofApplication': query(applicationIdInput, returns<ApplicationReflection>()),
  'rejections:matchingApplications': query(matchingApplicationsInput, returns<MatchingApplication[]>()),
  'reflection:pending': query(none, returns<PendingReflection | null>()),
  'reflection:dismissPending': mutation(none, returns<{ dismissed: true }>()),
  'feedback:update': mutation(updateFeedbackInput, returns<FeedbackRequest>()),
  'feedback:addTask': mutation(feedbackTaskInput, returns<{ id: number; weekStart: string }>()),
} satisfies ChannelTable;
