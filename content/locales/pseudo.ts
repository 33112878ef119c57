import { IntlMessageFormat } from 'intl-messageformat';

/**
 * The two pseudo-locales, generated from English each time they are applied, so they can never fall
 * behind the source:
 * - en-XA: every letter accented and each message padded by about 40 % ("[Ŝàvé ·····]"), so text that
 *   would overflow in German or Finnish overflows here first, and a line the code writes itself
 *   (not from the catalogue) stands out unaccented;
 * - ar-XB: each run of text wrapped in right-to-left override marks, so it reads mirrored, with the
 *   page set to dir="rtl": a layout that assumes left-to-right shows at once.
 * Placeholders, plural keywords and `#` are kept as they are: only the words between them change.
 */
const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] as string,
  ]),
);

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

function printText(text: string): string {
  // Inside a message an apostrophe before a brace would start a quote; the accented copy never writes one.
  return text.replace(/[{}]/g, '');
}

/** Prints an ICU message back from its elements, with `word` applied to each literal run. */
function print(elements: readonly Element[], word: (text: string) => string): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case 0:
          return word(element.value);
        case 1:
          return `{${element.value}}`;
        case 7:
          return '#';
        case 5:
        case 6: {
          const options = Object.entries(element.options)
            .map(([key, option]) => `${key} {${print(option.value, word)}}`)
            .join(' ');
          const offset = element.type === 6 && element.offset ? ` offset:${element.offset}` : '';
          const keyword = element.type === 5 ? 'select' : element.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
          return `{${element.value}, ${keyword},${offset} ${options}}`;
        }
        case 2:
          return `{${element.value}, number}`;
        case 3:
          return `{${element.value}, date}`;
        case 4:
          return `{${element.value}, time}`;
        default:
          // A tag: our copy has none (ignoreTag reads "<" as text).
          return '';
      }
    })
    .join('');
}

const accent = (text: string) => printText([...text].map((letter) => accents[letter] ?? letter).join(''));

function padded(message: string, length: number): string {
  const extra = Math.max(1, Math.round(length * 0.4));
  return `[${message} ${'·'.repeat(extra)}]`;
}

export function pseudoAccented(message: string): string {
  if (!message.trim()) return message;
  const ast = new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst();
  return padded(print(ast, accent), message.length);
}

const rlo = '\u202e';
const pdf = '\u202c';
export function pseudoMirrored(message: string): string {
  if (!message.trim()) return message;
  const ast = new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst();
  return print(ast, (text) => (text.trim() ? `${rlo}${printText(text)}${pdf}` : text));
}

/** A whole catalogue from the English tree, every string through `transform`. */
export function pseudoCatalogue(english: unknown, transform: (message: string) => string): unknown {
  if (typeof english === 'string') return transform(english);
  if (Array.isArray(english)) return english.map((item) => pseudoCatalogue(item, transform));
  if (typeof english === 'object' && english !== null) {
    return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, pseudoCatalogue(value, transform)]));
  }
  return english;
}
