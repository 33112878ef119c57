import { applicationIdentities } from '../applications/list';
import { key } from '../applications/people/keepRecruiter';
import type { CoreContext } from '../context';
import { classifyEmail, extractDetails, parseEmail } from './email';
import type { EmailReading } from './schema';

/** What an email says and which tracked application it is about (the company's; its role too when both say one). */
export function readEmailFor(ctx: CoreContext, raw: string): EmailReading {
  const email = parseEmail(raw);
  const { kind, matched } = classifyEmail(`${email.subject}\n${email.body}`);
  const details = extractDetails(email);
  const atCompany = details.company === '' ? [] : applicationIdentities(ctx).filter((app) => key(app.company) === key(details.company));
  const byRole = atCompany.filter((app) => details.role !== '' && key(app.role) === key(details.role));
  const match = byRole[0] ?? (atCompany.length === 1 ? atCompany[0] : undefined);
  return { kind, matched, ...details, subject: email.subject, applicationId: match?.id ?? null };
}
