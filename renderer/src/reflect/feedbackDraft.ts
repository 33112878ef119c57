import { content, fillTemplate } from '../../../content';
import type { ContactRelation } from '../../../electron/core/applications/people/schema';
import type { Rejection, RejectionDetail } from '../../../electron/core/reflection/schema';

/**
 * Who a feedback request goes to, best first: the recruiter or hiring manager linked to the application,
 * then the name typed on the rejection itself, then someone they met in the rounds. A referral is a friend
 * inside, not the one to ask why; and nobody named leaves the note with its friendly general hello.
 */
const askOrder: readonly ContactRelation[] = ['recruiter', 'hiring_manager', 'interviewer', 'other'];

export interface FeedbackRecipient {
  name: string;
  email: string;
  /** True when the name came from a person linked to the application (not typed on the rejection). */
  linked: boolean;
}

export function feedbackRecipient(detail: Pick<RejectionDetail, 'rejection' | 'people'>): FeedbackRecipient {
  const { rejection, people } = detail;
  const typed = { name: rejection.recruiterName.trim(), email: rejection.recruiterEmail.trim(), linked: false };
  const rank = (relation: ContactRelation) => askOrder.indexOf(relation);
  const candidates = people.filter((person) => rank(person.relation) >= 0 && person.name.trim() !== '');
  const best = [...candidates].sort((a, b) => rank(a.relation) - rank(b.relation))[0];
  // The name typed on the rejection outranks the people met in the rounds, not the recruiter or hiring manager.
  if (!best || (typed.name && rank(best.relation) > rank('hiring_manager'))) return typed;
  // A linked person without an email keeps the address typed on the rejection, if any.
  return { name: best.name.trim(), email: best.email.trim() || typed.email, linked: true };
}

/**
 * The feedback note in one tone, filled from the rejection's details and signed with the person's name
 * from Settings (friendly fallbacks where one is missing). `recruiterName` is whoever it greets: pass
 * feedbackRecipient's name to greet the person linked to the application.
 */
export function draftFor(
  toneId: string,
  rejection: Pick<Rejection, 'company' | 'role' | 'recruiterName'>,
  myName = '',
): { subject: string; message: string } {
  const { tones, fallbacks } = content.feedbackTemplates;
  const tone = tones.find((entry) => entry.id === toneId) ?? tones[0];
  if (!tone) return { subject: '', message: '' };
  const values = { company: rejection.company, role: rejection.role, recruiterName: rejection.recruiterName, myName };
  return {
    subject: fillTemplate(tone.subject, values, fallbacks),
    message: fillTemplate(tone.body, values, fallbacks).trimEnd(),
  };
}

/** A mailto link with subject and body, encoded so no character can change its meaning. */
export function mailtoUrl(email: string, subject: string, body: string): string {
  const normalized = body.replace(/\r?\n/g, '\r\n');
  return `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(normalized)}`;
}
