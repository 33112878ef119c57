import { content } from '../index';
import { filledAtLoad, fillMessage } from '../fillTemplate';
import { setActiveLocale, activeLocale } from './active';
import { directionOf, formattingLocaleOf, type LocaleTag } from './tags';

/**
 * One locale's words: the same tree as `content` (same keys, arrays of the same length), any part
 * of it possibly missing. A missing line reads English; tests/unit/locales.test.ts requires none.
 */
export type Catalogue = { [file in keyof typeof content]?: unknown };

/** English as loaded, before any locale was written over it: the fallback, and the way back to English. */
const english = structuredClone(content) as unknown as Record<string, unknown>;

type Tree = Record<string, unknown> | unknown[];
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/** Writes `source`'s leaves over `target` in place, shaped by `base` (English); anything missing or of the wrong kind stays English. */
function writeInto(target: Tree, base: Tree, source: unknown): void {
  const from = isTree(source) ? (source as Record<string, unknown>) : {};
  if (Array.isArray(base) && Array.isArray(target)) target.length = base.length;
  for (const key of Object.keys(base)) {
    const baseValue = (base as Record<string, unknown>)[key];
    const sourceValue = from[key];
    if (isTree(baseValue)) {
      const existing = (target as Record<string, unknown>)[key];
      const into = isTree(existing) ? existing : Array.isArray(baseValue) ? [] : {};
      (target as Record<string, unknown>)[key] = into;
      writeInto(into, baseValue, sourceValue);
    } else {
      // An id is what the code and the stored answers name a choice by: never translated.
      (target as Record<string, unknown>)[key] = key !== 'id' && typeof sourceValue === typeof baseValue ? sourceValue : baseValue;
    }
  }
}

/**
 * Makes `tag` the app's language: its words are written into the very `content` tree every module
 * reads (arrays too), so a module that kept a part of it (`const copy = content.wins.today`) reads
 * the new words at its next use. English is `null` (or no catalogue): the tree goes back to the source.
 * Lines a module copied out as a string before this ran are caught by relocalize() where they are shown.
 */
export function applyLocale(tag: LocaleTag, catalogue: Catalogue | null, systemLanguages: readonly string[] = []): void {
  writeInto(content as unknown as Tree, english, tag === 'en' ? english : (catalogue ?? english));
  setActiveLocale({ tag, intl: formattingLocaleOf(tag, systemLanguages), dir: directionOf(tag) });
}

/** English as loaded: the source the pseudo-locales are generated from, and what the completeness test compares with. */
export function englishContent(): Readonly<Record<string, unknown>> {
  return english;
}

let englishPaths: Map<string, string[]> | null = null;
function pathsOfEnglish(): Map<string, string[]> {
  if (englishPaths) return englishPaths;
  const paths = new Map<string, string[]>();
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      if (!paths.has(node)) paths.set(node, path);
    } else if (isTree(node)) for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(english, []);
  englishPaths = paths;
  return paths;
}

function read(path: readonly string[]): unknown {
  let node: unknown = content;
  for (const key of path) node = isTree(node) ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/**
 * A line kept as a string before the locale was applied (a zod schema's message is fixed when the
 * schema is built, at import) in the active locale's words: an English line becomes its translation,
 * a limit filled at load ("under 20,000 characters") is filled again from the translated template.
 * Anything else (already translated, or the person's own words) comes back as it was.
 */
export function relocalize(text: string): string {
  if (activeLocale().tag === 'en') return text;
  const filled = filledAtLoad.get(text);
  if (filled) return fillMessage(relocalize(filled.template), filled.values);
  const path = pathsOfEnglish().get(text);
  if (!path) return text;
  const now = read(path);
  return typeof now === 'string' ? now : text;
}
