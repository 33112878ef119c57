import { DomainError } from '../ipc/result';
import { content } from '../../../content';
import { htmlToText } from './rows';
import { nearMisses, rules } from './emailRules';
import type { EmailKind } from './schema';

/**
 * Reads a pasted email or a saved .eml with a small set of rules a person can
 * read: each kind is a list of phrases, and the reading quotes the one that
 * matched. Rejections are checked first (they often open with "thank you for
 * applying") and need a phrase that only a hiring "no" uses, because a wrong
 * "you were rejected" is worse than a missed one. Nothing leaves the machine.
 */

const words = content.imports.errors;

const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');

/** The kind of an email's text, with the phrase (as the email wrote it) of the rule that decided. */
export function classifyEmail(text: string): { kind: EmailKind; matched: string | null } {
  const folded = fold(text);
  if (nearMisses.some((pattern) => pattern.test(folded))) return { kind: 'none', matched: null };
  for (const rule of rules) {
    for (const pattern of rule.patterns) {
      const found = pattern.exec(folded);
      if (found) return { kind: rule.kind, matched: found[0].trim() };
    }
  }
  return { kind: 'none', matched: null };
}

export interface ParsedEmail {
  from: string;
  subject: string;
  body: string;
}

const headerBlock = /^(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\n(?:[ \t][^\n]*\n)*)+\n/;

function decodeBody(body: string, encoding: string): string {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (kind === 'quoted-printable') {
    const bytes = Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
    return bytes.toString('utf8');
  }
  return body;
}

function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) {
      const name = line.slice(0, at).trim().toLowerCase();
      if (!headers.has(name)) headers.set(name, line.slice(at + 1).trim());
    }
  }
  return headers;
}

/** The text of a MIME part: text/plain first, else text/html reduced to words, else null (attachments only). */
function textOfPart(headers: Map<string, string>, body: string, depth = 0): string | null {
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (type.startsWith('multipart/') && boundary && depth < 5) {
    const parts = body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'));
    const read = parts.map((part) => {
      const trimmed = part.replace(/^\r?\n/, '');
      const split = headerBlock.exec(trimmed);
      const partHeaders = headersOf(split ? split[0] : '');
      return {
        type: (partHeaders.get('content-type') ?? 'text/plain').toLowerCase(),
        text: textOfPart(partHeaders, split ? trimmed.slice(split[0].length) : trimmed, depth + 1),
      };
    });
    return (read.find((part) => part.type.startsWith('text/plain') && part.text) ?? read.find((part) => part.text))?.text ?? null;
  }
  const disposition = (headers.get('content-disposition') ?? '').toLowerCase();
  if (disposition.startsWith('attachment')) return null;
  const decoded = decodeBody(body, headers.get('content-transfer-encoding') ?? '');
  if (type.startsWith('text/html')) return htmlToText(decoded);
  if (type.startsWith('text/')) return decoded;
  return null;
}

/**
 * An email as pasted text or a saved .eml: its sender, subject and the words
 * of its body. A paste that starts with From:/Subject: lines is read the same
 * way as a file's headers.
 */
export function parseEmail(raw: string): ParsedEmail {
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new DomainError('invalid_input', words.emailEmpty);
  const split = headerBlock.exec(text);
  const headers = headersOf(split ? split[0] : '');
  const looksLikeMessage = split !== null && (headers.has('from') || headers.has('subject') || headers.has('content-type'));
  const body = looksLikeMessage ? textOfPart(headers, text.slice((split as RegExpExecArray)[0].length)) : text;
  if (body === null || body.trim() === '') throw new DomainError('invalid_input', words.emailNoText);
  return {
    from: looksLikeMessage ? (headers.get('from') ?? '') : '',
    subject: looksLikeMessage ? (headers.get('subject') ?? '') : '',
    body,
  };
}

/** Mail providers whose domain says nothing about the company. */
const personalDomains = new Set([
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'yahoo',
  'icloud',
  'proton',
  'protonmail',
  'aol',
  'gmx',
  'mail',
  'live',
]);
const recruitingHosts = new Set([
  'greenhouse',
  'lever',
  'workday',
  'myworkday',
  'smartrecruiters',
  'ashbyhq',
  'teamtailor',
  'workable',
  'recruitee',
  'bamboohr',
  'jobvite',
  'icims',
]);

/** A capitalized name of one or more words; a dot only inside a word (Inc.co), never ending one before the next sentence. */
const token = "[A-Z0-9][\\w&'-]*(?:\\.(?=\\w)[\\w&'-]*)*";
const name = `(${token}(?: (?:&|and|of|${token}))*)`;

/** Company, role and sender, pulled from the phrases that usually carry them. */
export function extractDetails(email: ParsedEmail): { company: string; role: string; senderName: string; senderEmail: string } {
  const fromText = email.from || /^from: *(.+)$/im.exec(email.body)?.[1] || '';
  // `Name <address>`: the address is the last angle-bracketed one; the name is everything before it, as written.
  const angle = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(fromText);
  const address = angle?.[1] ?? /([^\s<>@"]+@[^\s<>@"]+\.[A-Za-z]{2,})/.exec(fromText)?.[1] ?? '';
  const senderName = (angle ? fromText.slice(0, angle.index) : fromText.replace(address, '')).replace(/"/g, '').trim();
  const whole = `${email.subject}\n${email.body}`.replace(/[ \t]+/g, ' ');
  const companyPatterns = [
    new RegExp(
      `(?:position|role|job|opening|opportunity|vacancy|interest in joining|interest in|applying to|applying at|application to|career at|careers at|team at|working at|work at|join) (?:(?:the )?[^,.\\n]*? (?:at|with) )?${name}`,
    ),
    new RegExp(`${name} (?:Talent|Recruiting|Recruitment|Hiring|People|Careers)(?: Acquisition)? Team`),
    // German, Spanish and Portuguese: "Interesse an einer Position bei X", "formar parte de X", "fazer parte da X".
    new RegExp(`(?:bei|formar parte de|trabajar en|fazer parte da|fazer parte do|trabalhar na|trabalhar no) ${name}`, 'u'),
    new RegExp(`(?:at|with|from) ${name}(?:[,.!\\n]| team)`),
  ];
  let company = '';
  for (const pattern of companyPatterns) {
    const found = pattern.exec(whole)?.[1];
    if (found && !/^(The|Our|We|You|Your|This|A|An|Us|I|Hi|Dear)$/.test(found)) {
      company = found.replace(/[.']+$/, '');
      break;
    }
  }
  if (company === '' && address !== '') {
    const host = (address.split('@')[1] ?? '').toLowerCase().split('.');
    const label = host.length >= 2 ? (host[host.length - 2] as string) : '';
    if (label !== '' && !personalDomains.has(label) && !recruitingHosts.has(label))
      company = label.charAt(0).toUpperCase() + label.slice(1);
  }
  const rolePatterns = [
    /(?:for|of|as) (?:the |our |a |an )?(?:role|position) of ([^,.\n]+?)(?= at | with |[,.\n!])/i,
    /(?:for|of|as) (?:the |our |a |an )?([^,.\n]+?) (?:role|position|opening|vacancy)\b/i,
    /application for (?:the |our |a |an )?([^,.\n]+?)(?= at | with |[,.\n!])/i,
  ];
  let role = '';
  for (const pattern of rolePatterns) {
    const found = pattern.exec(whole)?.[1]?.trim();
    if (found && found.split(' ').length <= 8 && !/^(this|that|the|your|our|a|an)$/i.test(found)) {
      role = found.replace(/^(?:the|our|a|an) /i, '');
      break;
    }
  }
  return {
    company: company.slice(0, 200),
    role: role.slice(0, 200),
    senderName: senderName.slice(0, 200),
    senderEmail: address.slice(0, 320),
  };
}
