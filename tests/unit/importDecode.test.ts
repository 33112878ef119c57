import { describe, expect, it } from 'vitest';
import { bytesOf, decodeText, looksBinary } from '../../electron/core/imports/decode';
import { DomainError } from '../../electron/core/ipc/result';

/**
 * How an import turns a file into text: its bytes from base64 or from text the page read, the
 * guard against a binary file renamed to .csv (more than one odd byte in a thousand), and the
 * encodings Excel and other tools write. Every expected text below was worked out by hand.
 */

const ascii = (text: string) => new Uint8Array([...text].map((char) => char.charCodeAt(0)));
const filler = (length: number) => new Uint8Array(length).fill(0x61);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_input');
    return (error as DomainError).message;
  }
  throw new Error('expected a refusal');
};

describe("a file's bytes", () => {
  it('reads base64 over text when the page sent both, and text as UTF-8 otherwise', () => {
    expect([...bytesOf({ base64: Buffer.from('hi').toString('base64'), text: 'ignored' })]).toEqual([0x68, 0x69]);
    expect([...bytesOf({ text: 'Zoë' })]).toEqual([0x5a, 0x6f, 0xc3, 0xab]);
  });

  it('refuses an empty file, whichever way it came', () => {
    const empty = 'This file is empty, so there is nothing to bring in.';
    expect(refusal(() => bytesOf({}))).toBe(empty);
    expect(refusal(() => bytesOf({ text: '' }))).toBe(empty);
    expect(refusal(() => bytesOf({ base64: '' }))).toBe(empty);
  });

  it('takes a file of exactly 25 MB and refuses one byte more, naming the limit', () => {
    const limit = 25 * 1024 * 1024;
    expect(bytesOf({ text: 'a'.repeat(limit) }).length).toBe(limit);
    expect(refusal(() => bytesOf({ text: 'a'.repeat(limit + 1) }))).toBe(
      'This file is bigger than 25 MB, more than Rebound reads in one go. Exporting a shorter stretch of time, or splitting the file, will do it.',
    );
  });
});

describe('telling a binary file from text', () => {
  it('calls any NUL binary, even one alone among a thousand letters', () => {
    const bytes = filler(1000);
    bytes[999] = 0;
    expect(looksBinary(bytes)).toBe(true);
  });

  it('allows one odd byte in a thousand and calls two binary', () => {
    const one = filler(1000);
    one[10] = 0x01;
    expect(looksBinary(one)).toBe(false);
    const two = filler(1000);
    two[10] = 0x01;
    two[20] = 0x01;
    expect(looksBinary(two)).toBe(true);
  });

  it.each([0x01, 0x08, 0x0b, 0x0e, 0x1f])('counts the control byte %i as odd', (byte) => {
    const bytes = filler(1000);
    bytes[1] = byte;
    bytes[2] = byte;
    expect(looksBinary(bytes)).toBe(true);
  });

  it.each([0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x7f, 0xe9])('does not count the byte %i', (byte) => {
    const bytes = filler(1000);
    bytes[1] = byte;
    bytes[2] = byte;
    bytes[3] = byte;
    expect(looksBinary(bytes)).toBe(false);
  });

  it('looks only at the first 64 KB', () => {
    const late = filler(70_000);
    late[65_536] = 0;
    for (let at = 65_537; at < 70_000; at += 1) late[at] = 0x01;
    expect(looksBinary(late)).toBe(false);
    const last = filler(70_000);
    last[65_535] = 0;
    expect(looksBinary(last)).toBe(true);
    // 66 odd bytes in the first 65,536 are more than one in a thousand of the sample.
    const odd = filler(70_000);
    for (let at = 0; at < 66; at += 1) odd[at * 100] = 0x01;
    expect(looksBinary(odd)).toBe(true);
  });
});

describe('decoding the text', () => {
  it('reads UTF-16 in either byte order when a byte order mark says so, NULs and all', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toBe('hi');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]))).toBe('hi');
  });

  it('reads UTF-8, its byte order mark dropped, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xc3, 0xab]))).toBe('Zoë');
    expect(decodeText(new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0xdf]))).toBe('Zoë ß');
    // Half a mark is not one: 0xff then a letter is Windows-1252.
    expect(decodeText(new Uint8Array([0xff, 0x41]))).toBe('ÿA');
    expect(decodeText(new Uint8Array([0xfe, 0x41]))).toBe('þA');
    // Nor is the second byte of one after another letter.
    expect(decodeText(new Uint8Array([0x61, 0xfe, 0x62]))).toBe('aþb');
    expect(decodeText(new Uint8Array([0x61, 0xff, 0x62]))).toBe('aÿb');
  });

  it('reads the euro sign, curly quotes and dashes of Windows-1252 as themselves, whatever the decoder of the runtime does with them', () => {
    // An Excel CSV from Windows: "Café – 5 €, “great”" (Node since 20.18.3 decodes these bytes as invisible controls).
    const excel = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x2c, 0x20, 0x93, 0x67, 0x72, 0x65, 0x61, 0x74, 0x94];
    expect(decodeText(new Uint8Array(excel))).toBe('Café – 5 €, “great”');
    // Every byte from 0x80 to 0x9f, as the WHATWG Encoding Standard's table gives them (five are unassigned, and stay controls).
    const high = Array.from({ length: 32 }, (_, index) => 0x80 + index);
    expect(decodeText(new Uint8Array([0x41, ...high]))).toBe('A€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });

  it('drops a second byte order mark at the start, and keeps one inside the text', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeText(new Uint8Array([0x61, 0xef, 0xbb, 0xbf, 0x62]))).toBe('a\uFEFFb');
  });

  it('refuses a binary file renamed, and reads plain text with tabs and line breaks', () => {
    expect(refusal(() => decodeText(ascii('PK\u0003\u0004\u0000\u0000')))).toBe(
      'This file does not hold text a spreadsheet or CSV would. Was it renamed from something else?',
    );
    expect(decodeText(ascii('a\tb\r\nc'))).toBe('a\tb\r\nc');
  });
});
