import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { setAppliedOn } from './appliedOn';
import type { applicationsChannels } from './channels';
import { createContact, deleteContact, linkContact, listContacts, unlinkContact, updateContact } from './contacts';
import { contactDetail, contactHistory } from './contactHistory';
import { createInterview, deleteInterview, interviewsOf, noteHowItWent, updateInterview, upcomingInterviews } from './interviews';
import { exportApplicationsCsv, importApplicationsCsv } from './csv';
import { cancelFollowUp, moveFollowUp, scheduleFollowUp, sendFollowUp } from './followUps';
import { applicationsBoard, listApplications } from './list';
import { deleteApplication, getApplication, keepWaiting, updateApplication } from './records';
import { createApplication, likelyDuplicateOf, setStatus } from './status';

/** Thin handlers: each is one call into the tracker's plain functions. */
export function applicationsHandlers(ctx: CoreContext): HandlersFor<typeof applicationsChannels> {
  return {
    'applications:list': (input) => listApplications(ctx, input ?? {}),
    'applications:board': (input) => applicationsBoard(ctx, input ?? {}),
    'applications:get': ({ id }) => getApplication(ctx, id),
    'applications:create': (input) => createApplication(ctx, input),
    'applications:update': ({ id, fields }) => updateApplication(ctx, id, fields),
    'applications:likelyDuplicate': ({ company, role = '', link = '' }) => likelyDuplicateOf(ctx, { company, role, link }),
    'applications:setStatus': ({ id, status, day }) => setStatus(ctx, id, status, day),
    'applications:setAppliedOn': ({ id, day }) => setAppliedOn(ctx, id, day),
    'applications:delete': ({ id }) => deleteApplication(ctx, id),
    'applications:keepWaiting': ({ id }) => keepWaiting(ctx, id),
    'applications:scheduleFollowUp': ({ applicationId, dueOn }) => scheduleFollowUp(ctx, applicationId, dueOn),
    'applications:moveFollowUp': ({ id, dueOn }) => moveFollowUp(ctx, id, dueOn),
    'applications:cancelFollowUp': ({ id }) => cancelFollowUp(ctx, id),
    'applications:sendFollowUp': (input) => sendFollowUp(ctx, input),
    'applications:exportCsv': () => exportApplicationsCsv(ctx),
    'applications:importCsv': ({ content }) => importApplicationsCsv(ctx, content),
    'contacts:list': (input) => listContacts(ctx, input),
    'contacts:get': ({ id }) => contactDetail(ctx, id),
    'contacts:history': (input) => contactHistory(ctx, input),
    'contacts:create': (input) => createContact(ctx, input),
    'contacts:update': ({ id, fields }) => updateContact(ctx, id, fields),
    'contacts:delete': ({ id }) => deleteContact(ctx, id),
    'contacts:link': ({ applicationId, contactId, relation }) => linkContact(ctx, applicationId, contactId, relation),
    'contacts:unlink': ({ applicationId, contactId }) => unlinkContact(ctx, applicationId, contactId),
    'interviews:list': ({ applicationId }) => interviewsOf(ctx, applicationId),
    'interviews:upcoming': (input) => upcomingInterviews(ctx, input?.limit),
    'interviews:create': (input) => createInterview(ctx, input),
    'interviews:update': ({ id, fields }) => updateInterview(ctx, id, fields),
    'interviews:delete': ({ id }) => deleteInterview(ctx, id),
    'interviews:noteHowItWent': ({ id, howItWent }) => noteHowItWent(ctx, id, howItWent),
  };
}
