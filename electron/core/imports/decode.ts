import { DomainError } from '../ipc/result';
import { content, fillMessage } from '../../../content';
import { maxFileBytes } from './schema';

const words = content.imports.errors;

export const refuseFile = (reason: string): never => {
  throw new DomainError('invalid_input', reason);
};

/** The file's bytes, from base64 or from text the page already read (as UTF-8). */
export function bytesOf(input: { text?: string | undefined; base64?: string | undefined }): Uint8Array {
  const bytes =
    input.base64 !== undefined ? new Uint8Array(Buffer.from(input.base64, 'base64')) : new TextEncoder().encode(input.text ?? '');
  if (bytes.length === 0) refuseFile(words.fileEmpty);
  if (bytes.length > maxFileBytes) refuseFile(fillMessage(words.fileTooLarge, { max: maxFileBytes / 1024 / 1024 }));
  return bytes;
}

/**
 * Bytes that no text file holds: NUL, and control characters other than tab,
 * line feed, form feed and carriage return. A few can slip into a real export;
 * more than one in a thousand of the first 64 KB is a binary file renamed.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65_536);
  let odd = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32) || byte === 11) odd += 1;
  }
  return odd > sample.length / 1000;
}

/**
 * Windows-1252's bytes 0x80 to 0x9F (the euro sign, curly quotes, dashes, "…", "™"…), as the WHATWG Encoding
 * Standard maps them; its five unassigned bytes stay the C1 controls they decode to. Node's TextDecoder reads
 * these bytes as C1 controls since 20.18.3 and 22.13.0 (nodejs/node#56542, #60888), in main and in the import
 * worker alike, so an Excel CSV's "€" and "’" came in as invisible characters; they are put right here.
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 text, right whichever way the runtime's decoder reads bytes 0x80 to 0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (control) => windows1252High[control.charCodeAt(0) - 0x80] as string);
}

/**
 * Text from a file's bytes: UTF-16 when a byte order mark says so; UTF-8 (its
 * byte order mark dropped) when the bytes are valid UTF-8; else Windows-1252, which is what Excel on Windows writes
 * for "CSV" and which decodes any byte.
 */
export function decodeText(bytes: Uint8Array): string {
  // Excel's "Unicode text" is UTF-16 with a byte order mark; its NULs are half of each character, not binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) refuseFile(words.notText);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
