import { IntlMessageFormat } from 'intl-messageformat';
import { activeLocale } from './locales/active';

/**
 * Every message is ICU MessageFormat, formatted by FormatJS's intl-messageformat for the active
 * locale: `{company}` is text, `{count, plural, one {# win} other {# wins}}` picks the locale's plural
 * form (Intl.PluralRules) and writes the number in its style ("20,000" in English, "20.000" in German).
 * A message is compiled once per locale and kept: Today fills the same few dozen on every render.
 */
const compiled = new Map<string, IntlMessageFormat>();

function messageFor(template: string): IntlMessageFormat {
  const { intl } = activeLocale();
  const key = `${intl}\u0000${template}`;
  let message = compiled.get(key);
  if (!message) {
    // ignoreTag: a "<" in our copy is a less-than sign, never markup.
    message = new IntlMessageFormat(template, intl, undefined, { ignoreTag: true });
    compiled.set(key, message);
  }
  return message;
}

type Element = ReturnType<IntlMessageFormat['getAst']>[number];
/** intl-messageformat's element kinds (its TYPE enum, not exported by the package). */
const kind = { argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, tag: 8 } as const;

/** The arguments a message names, and whether each must be a number (plural, selectordinal, number). */
function argumentsOf(elements: readonly Element[], into = new Map<string, boolean>()): Map<string, boolean> {
  for (const element of elements) {
    if (!('value' in element) || element.type === 0) continue;
    const numeric = element.type === kind.plural || element.type === kind.number;
    if (element.type >= kind.argument && element.type <= kind.plural) {
      const name = element.value as string;
      into.set(name, numeric || (into.get(name) ?? false));
    }
    if ('options' in element) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (element.type === kind.tag && 'children' in element) argumentsOf(element.children, into);
  }
  return into;
}

const argumentCache = new WeakMap<IntlMessageFormat, Map<string, boolean>>();
function argumentsFor(message: IntlMessageFormat): Map<string, boolean> {
  let names = argumentCache.get(message);
  if (!names) {
    names = argumentsOf(message.getAst());
    argumentCache.set(message, names);
  }
  return names;
}

/** A value for a plural or number argument: callers may pass a count as text ("3"), as the copy once needed. */
function asNumber(value: string | number): number | string {
  if (typeof value === 'number') return value;
  const number = Number(value.replace(/[,\s]/g, ''));
  return value.trim() !== '' && Number.isFinite(number) ? number : value;
}

/** Fills a message's placeholders; a missing or blank value becomes the given fallback or an empty string. */
export function fillTemplate(
  template: string,
  values: Record<string, string | number | undefined>,
  fallbacks: Record<string, string> = {},
): string {
  const message = messageFor(template);
  const filled: Record<string, string | number> = {};
  for (const [name, numeric] of argumentsFor(message)) {
    const raw = values[name];
    const value = typeof raw === 'number' ? raw : raw?.trim() ? raw.trim() : (fallbacks[name] ?? '');
    filled[name] = numeric ? asNumber(value) : typeof value === 'number' ? formatNumber(value) : value;
  }
  return String(message.format(filled));
}

/** A number in the active locale's style: grouping as its readers write it. */
function formatNumber(value: number): string {
  return new Intl.NumberFormat(activeLocale().intl).format(value);
}

/**
 * Fills an error message's placeholders exactly as given (no trimming: a value may be the person's own
 * text, quoted back). A number is written in the locale's style ("20,000"; "20.000" in German); pass a
 * String for a line number or a version, which carry no separator. An unknown name stays visible.
 */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  const message = messageFor(template);
  const filled: Record<string, string | number> = {};
  for (const [name, numeric] of argumentsFor(message)) {
    const value = values[name];
    if (value === undefined) filled[name] = `{${name}}`;
    else filled[name] = numeric ? asNumber(value) : typeof value === 'number' ? formatNumber(value) : value;
  }
  return String(message.format(filled));
}

/**
 * Messages filled once at load (a schema's limit, "under 20,000 characters"), by what they were filled
 * from: should the locale change afterwards, relocalize() fills them again in the new words.
 */
export const filledAtLoad = new Map<string, { template: string; values: Record<string, string | number> }>();

/** fillMessage, remembered for relocalize(): for messages a schema keeps from the moment it is built. */
export function fillAndRemember(template: string, values: Record<string, string | number>): string {
  const text = fillMessage(template, values);
  filledAtLoad.set(text, { template, values });
  return text;
}
