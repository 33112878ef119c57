import type { ApplicationStatus } from '../applications/schema';
import type { Day } from '../time/schema';
import type { ContactRow, DateFormat, ImportRow, Refusal } from './schema';

/** What a reader gives back: rows it could read, and each row it could not with the reason. */
export interface ReadResult {
  rows: ImportRow[];
  refused: Refusal[];
  contacts: ContactRow[];
  dateFormat: { ambiguous: boolean; chosen: DateFormat | null; example: string } | null;
}

export const emptyResult = (): ReadResult => ({ rows: [], refused: [], contacts: [], dateFormat: null });

export function blankRow(file: string, line: number, day: Day): ImportRow {
  return {
    line,
    file,
    company: '',
    role: '',
    link: '',
    location: '',
    remote: false,
    salary: '',
    source: 'job_board',
    status: 'saved',
    day,
    appliedOn: null,
    contact: { name: '', email: '', phone: '' },
    resumeName: '',
    answers: [],
    description: '',
    extra: [],
  };
}

/**
 * Status words other trackers and spreadsheets use, in lower case, mapped to
 * Rebound's. Huntr's default lists and JobSync's statuses are among them, and
 * the words German, Spanish and Portuguese sheets use (looked up without
 * accents: Zurückgezogen, Desistência).
 */
const statusWords: Record<string, ApplicationStatus> = {
  saved: 'saved',
  wishlist: 'saved',
  'wish list': 'saved',
  interested: 'saved',
  bookmarked: 'saved',
  draft: 'saved',
  'to apply': 'saved',
  idea: 'saved',
  applied: 'applied',
  sent: 'applied',
  submitted: 'applied',
  'application sent': 'applied',
  applying: 'applied',
  waiting: 'applied',
  interview: 'interviewing',
  interviewing: 'interviewing',
  interviews: 'interviewing',
  screening: 'interviewing',
  'phone screen': 'interviewing',
  onsite: 'interviewing',
  'on-site': 'interviewing',
  offer: 'offer',
  offered: 'offer',
  accepted: 'offer',
  hired: 'offer',
  rejected: 'rejected',
  rejection: 'rejected',
  declined: 'rejected',
  'not selected': 'rejected',
  'turned down': 'rejected',
  no: 'rejected',
  withdrawn: 'withdrawn',
  withdrew: 'withdrawn',
  archived: 'withdrawn',
  'not interested': 'withdrawn',
  'no reply': 'no_reply',
  'no response': 'no_reply',
  ghosted: 'no_reply',
  expired: 'no_reply',
  closed: 'no_reply',
  // German
  gespeichert: 'saved',
  merkliste: 'saved',
  entwurf: 'saved',
  geplant: 'saved',
  beworben: 'applied',
  gesendet: 'applied',
  verschickt: 'applied',
  abgeschickt: 'applied',
  eingereicht: 'applied',
  vorstellungsgesprach: 'interviewing',
  gesprach: 'interviewing',
  angebot: 'offer',
  zusage: 'offer',
  eingestellt: 'offer',
  abgelehnt: 'rejected',
  absage: 'rejected',
  zuruckgezogen: 'withdrawn',
  archiviert: 'withdrawn',
  'keine antwort': 'no_reply',
  'keine ruckmeldung': 'no_reply',
  abgelaufen: 'no_reply',
  // Spanish and Portuguese (a word both use is listed once)
  guardada: 'saved',
  guardado: 'saved',
  borrador: 'saved',
  salva: 'saved',
  salvo: 'saved',
  rascunho: 'saved',
  enviada: 'applied',
  enviado: 'applied',
  postulado: 'applied',
  postulada: 'applied',
  solicitado: 'applied',
  candidatado: 'applied',
  candidatada: 'applied',
  inscrito: 'applied',
  inscrita: 'applied',
  entrevista: 'interviewing',
  entrevistas: 'interviewing',
  'en entrevista': 'interviewing',
  'em entrevista': 'interviewing',
  oferta: 'offer',
  proposta: 'offer',
  contratado: 'offer',
  contratada: 'offer',
  rechazada: 'rejected',
  rechazado: 'rejected',
  descartada: 'rejected',
  descartado: 'rejected',
  'no seleccionada': 'rejected',
  'no seleccionado': 'rejected',
  recusada: 'rejected',
  recusado: 'rejected',
  rejeitada: 'rejected',
  rejeitado: 'rejected',
  reprovada: 'rejected',
  reprovado: 'rejected',
  retirada: 'withdrawn',
  retirado: 'withdrawn',
  archivada: 'withdrawn',
  archivado: 'withdrawn',
  arquivada: 'withdrawn',
  arquivado: 'withdrawn',
  desistencia: 'withdrawn',
  'sin respuesta': 'no_reply',
  'sem resposta': 'no_reply',
  expirada: 'no_reply',
  cerrada: 'no_reply',
  encerrada: 'no_reply',
};

export function statusOfWord(word: string): ApplicationStatus | null {
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return Object.hasOwn(statusWords, key) ? (statusWords[key] as ApplicationStatus) : null;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A posting's HTML as its words: scripts and styles dropped, blocks and line
 * breaks turned into new lines, every other tag removed, entities decoded
 * once. The result is only ever shown as text, so nothing here needs to be
 * safe HTML; it needs to read well.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|ul|ol)\s*>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '• ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
