import { none } from '../app/contract';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { idInput } from '../ipc/inputs';
import {
  applicationsBoardInput,
  createApplicationInput,
  importCsvInput,
  listApplicationsInput,
  moveFollowUpInput,
  scheduleFollowUpInput,
  sendFollowUpInput,
  setAppliedOnInput,
  setStatusInput,
  updateApplicationInput,
  type Application,
  type ApplicationDetail,
  type ApplicationsBoard,
  type ApplicationsPage,
  type FileExport,
  type FollowUp,
  type SetStatusResult,
} from './schema';

/** The applications a person tracks, their status and their follow-ups. */
export const applicationsChannels = {
  'applications:list': query(listApplicationsInput, returns<ApplicationsPage>()),
  'applications:board': query(applicationsBoardInput, returns<ApplicationsBoard>()),
  'applications:get': query(idInput, returns<ApplicationDetail>()),
  'applications:create': mutation(createApplicationInput, returns<Application>()),
  'applications:update': mutation(updateApplicationInput, returns<Application>()),
  'applications:setStatus': mutation(setStatusInput, returns<SetStatusResult>()),
  'applications:setAppliedOn': mutation(setAppliedOnInput, returns<Application>()),
  'applications:delete': mutation(idInput, returns<{ deleted: boolean }>()),
  'applications:keepWaiting': mutation(idInput, returns<Application>()),
  'applications:scheduleFollowUp': mutation(scheduleFollowUpInput, returns<FollowUp>()),
  'applications:moveFollowUp': mutation(moveFollowUpInput, returns<FollowUp>()),
  'applications:cancelFollowUp': mutation(idInput, returns<{ cancelled: boolean }>()),
  'applications:sendFollowUp': mutation(sendFollowUpInput, returns<{ sent: FollowUp; next: FollowUp | null }>()),
  'applications:exportCsv': query(none, returns<FileExport>()),
  'applications:importCsv': mutation(importCsvInput, returns<{ imported: number }>()),
} satisfies ChannelTable;
