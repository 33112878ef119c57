import { content, fillTemplate } from '../../../content';
import type { Rejection } from '../../../electron/core/reflection/schema';

/**
 * The feedback note in one tone, filled from the rejection's details and signed with the person's name
 * from Settings (friendly fallbacks where one is missing).
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
