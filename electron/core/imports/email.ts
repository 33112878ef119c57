import { DomainError } from '../ipc/result';
import { content } from '../../../content';
import { htmlToText } from './rows';
import type { EmailKind } from './schema';

/**
 * Reads a pasted email or a saved .eml with a small set of rules a person can
 * read: each kind is a list of phrases, and the reading quotes the one that
 * matched. Rejections are checked first (they often open with "thank you for
 * applying") and need a phrase that only a hiring "no" uses, because a wrong
 * "you were rejected" is worse than a missed one. Nothing leaves the machine.
 */

const words = content.imports.errors;

/** Phrases, most telling first. Matching ignores case and folds spaces and curly quotes. */
export const rules: { kind: Exclude<EmailKind, 'none'>; patterns: RegExp[] }[] = [
  {
    kind: 'rejection',
    patterns: [
      /decided to (?:move|go) forward with (?:other|another|a different) (?:candidates?|applicants?)/,
      /(?:move|moving|go|going) forward with (?:other|another|a different) (?:candidates?|applicants?)/,
      /(?:pursue|pursuing|proceed with|proceeding with|continue with|continuing with|go with|going with|chosen|selected|select) (?:other|another|a different|a more suitable) (?:candidates?|applicants?)/,
      /(?:decided|chosen|opted) not to (?:move forward|proceed|progress|continue|pursue) (?:with )?(?:your|the) (?:application|candidacy|profile)/,
      /(?:will not|won't|are not|aren't|cannot|can't|unable to) (?:be )?(?:moving|move|proceeding|proceed|progressing|progress|taking|take) (?:forward |further )?(?:with )?(?:your|the) (?:application|candidacy|profile)(?: any)?(?: further| forward)?/,
      /your (?:application|candidacy) (?:for (?:the )?[^.,]{1,60}? )?(?:was|has been|is) (?:unsuccessful|not successful|declined|rejected)/,
      /(?:offered|given) the (?:role|position|job) to (?:someone else|another candidate|another applicant)/,
      /went with (?:someone else|someone internal|an internal candidate|another candidate)/,
      /(?:not been|were not|was not|weren't|wasn't|have not been) (?:selected|shortlisted|successful)(?: for| to| this| at)/,
      /(?:role|position|vacancy|opening) has (?:now )?been filled/,
      /(?:not|unable to) (?:able to )?offer you (?:the|this|a) (?:role|position|job)/,
      /will not be (?:offering|extending) (?:you )?(?:an offer|the role|the position)/,
      /(?:other|another) candidates? whose (?:experience|skills|background|qualifications|profile)/,
      /regret to (?:inform|tell|let) you (?:that )?(?:we|you|your application)/,
    ],
  },
  {
    kind: 'interview',
    patterns: [
      /invite you (?:to|for) (?:an?|the|your|our) (?:[\w-]+ ){0,3}(?:interview|phone screen|video call|call|chat|conversation|onsite|on-site)/,
      /(?:up for|time for|free for|open to) a (?:quick |short |brief )?(?:chat|call|conversation)(?: about| next| this|\?)/,
      /(?:schedule|arrange|set up|book|line up) (?:an?|the|your|some|a time for an?) ?(?:first |second |final |technical |short |quick |30-minute |45-minute )?(?:interview|phone screen|screening call|call|chat|video call|conversation)/,
      /(?:like|love|want) to (?:talk|speak|chat|meet) (?:with you )?(?:more |further )?about (?:the|this|your) (?:role|position|application)/,
      /(?:move|moving|invite you) (?:you )?(?:forward |on )?to the (?:next|second|final|interview) (?:round|stage|step)/,
      /(?:your|some) availability for (?:an?|the) (?:interview|call|chat|conversation)/,
      /interview (?:invitation|invite|slots?)/,
      /pick a (?:time|slot) (?:for|that works for) (?:your|an?|the) (?:interview|call|chat)/,
    ],
  },
  {
    kind: 'received',
    patterns: [
      /(?:we(?:'ve| have)?|just) received your application/,
      /your application (?:for (?:the )?[^.,]{1,60}? )?(?:has been|was|is) (?:received|submitted|in)\b/,
      /thank(?:s| you) for (?:applying|your application|submitting your application)/,
      /application (?:received|submitted|confirmation)/,
      /we(?:'ve| have) got your application/,
      /(?:will|are going to) (?:review|look at|look over|go through) your application/,
    ],
  },
];

/** Messages that talk about jobs without being about one of the person's applications. */
const notAboutAnApplication = [
  /job alert/,
  /jobs? (?:you may|you might|that may|that might) (?:be interested in|like)/,
  /new jobs? (?:for you|matching|that match)/,
  /recommended (?:jobs|roles|for you)/,
  /(?:our|this week's|the monthly) newsletter/,
];

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');

/** The kind of an email's text, with the phrase (as the email wrote it) of the rule that decided. */
export function classifyEmail(text: string): { kind: EmailKind; matched: string | null } {
  const folded = fold(text);
  if (notAboutAnApplication.some((pattern) => pattern.test(folded))) return { kind: 'none', matched: null };
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
