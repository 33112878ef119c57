import { listContacts, createContact } from '../applications/contacts';
import { createInterview } from '../applications/interviews';
import { requireApplication } from '../applications/records';
import { createApplication, setStatus } from '../applications/status';
import type { ApplicationStatus } from '../applications/schema';
import { todayOf, type CoreContext } from '../context';
import { DomainError } from '../ipc/result';
import { createRejection } from '../reflection/rejections';
import type { Stage } from '../reflection/schema';
import { content } from '../../../content';
import { readEmailFor } from './emailMatch';
import type { ActOnEmailInput, EmailActed, EmailReading } from './schema';

const words = () => content.imports.errors;

/** Where an application stood when the "no" came: the stage the reflection asks about. */
const stageOf: Partial<Record<ApplicationStatus, Stage>> = { interviewing: 'interview', offer: 'offer' };

/** Statuses an email can move forward from; an application further along is left as it is. */
const before: Record<'applied' | 'interviewing', readonly ApplicationStatus[]> = {
  applied: ['saved'],
  interviewing: ['saved', 'applied'],
};

/**
 * What a read email sets going, and only when the person confirms it. The
 * email is read again here (the renderer sends the text, not its reading),
 * so what is done is what the rules say now. In one transaction:
 * - the application it is about, or a new one from the email's company and
 *   role when the person chose "add it" (the tracker's duplicate rule asks
 *   first, as in the add form);
 * - the sender, kept as a contact linked to it (once: an address already
 *   linked is not added twice);
 * - then the action: a rejection logged (the sender goes into the feedback
 *   draft) with the application marked rejected; an interview added; or the
 *   application marked applied. Doing it twice does not log twice.
 */
export function actOnEmail(ctx: CoreContext, input: ActOnEmailInput): EmailActed {
  const reading = readEmailFor(ctx, input.text);
  return ctx.db.transaction((): EmailActed => {
    const applicationId = input.applicationId ?? addFromEmail(ctx, reading, input);
    requireApplication(ctx, applicationId);
    keepSender(ctx, reading, applicationId);
    if (input.action === 'logRejection') return { applicationId, ...logRejection(ctx, reading, applicationId) };
    if (input.action === 'addInterview') {
      const { interview } = input;
      if (!interview) throw new DomainError('invalid_input', words().emailInterviewWhen, { 'interview.date': words().emailInterviewWhen });
      moveForward(ctx, applicationId, 'interviewing');
      const sender = senderContactId(ctx, reading, applicationId);
      const added = createInterview(ctx, { applicationId, ...interview, contactIds: sender === null ? [] : [sender] });
      return { applicationId, rejectionId: null, interviewId: added.id };
    }
    if (input.action === 'markApplied') moveForward(ctx, applicationId, 'applied');
    return { applicationId, rejectionId: null, interviewId: null };
  })();
}

function addFromEmail(ctx: CoreContext, reading: EmailReading, input: ActOnEmailInput): number {
  if (reading.company === '') throw new DomainError('invalid_input', words().emailNoCompany);
  const status: ApplicationStatus = input.action === 'track' && reading.kind === 'none' ? 'saved' : 'applied';
  return createApplication(ctx, { company: reading.company, role: reading.role, status, confirmDuplicate: input.confirmDuplicate }).id;
}

function moveForward(ctx: CoreContext, id: number, status: 'applied' | 'interviewing') {
  if (before[status].includes(requireApplication(ctx, id).status)) setStatus(ctx, id, status);
}

function senderContactId(ctx: CoreContext, reading: EmailReading, applicationId: number): number | null {
  if (reading.senderEmail === '') return null;
  const address = reading.senderEmail.toLowerCase();
  return listContacts(ctx, { applicationId }).find((contact) => contact.email.toLowerCase() === address)?.id ?? null;
}

function keepSender(ctx: CoreContext, reading: EmailReading, applicationId: number) {
  if (reading.senderEmail === '' || senderContactId(ctx, reading, applicationId) !== null) return;
  const app = requireApplication(ctx, applicationId);
  createContact(ctx, {
    name: reading.senderName || reading.senderEmail,
    email: reading.senderEmail,
    company: app.company,
    applicationId,
    relation: 'recruiter',
  });
}

function logRejection(ctx: CoreContext, reading: EmailReading, applicationId: number) {
  const existing = ctx.db.prepare('SELECT id FROM rejections WHERE application_id = ? ORDER BY id DESC LIMIT 1').get(applicationId) as
    { id: number } | undefined;
  if (existing) return { rejectionId: existing.id, interviewId: null };
  const app = requireApplication(ctx, applicationId);
  const stage = stageOf[app.status] ?? 'applied';
  if (app.status !== 'rejected') setStatus(ctx, applicationId, 'rejected');
  const rejection = createRejection(
    ctx.db,
    {
      company: app.company,
      role: app.role,
      stage,
      receivedOn: todayOf(ctx),
      recruiterName: reading.senderName,
      recruiterEmail: reading.senderEmail,
      channel: 'email',
      applicationId,
    },
    ctx.now(),
  );
  return { rejectionId: rejection.id, interviewId: null };
}
