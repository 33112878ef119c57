import { content, hasWords } from '../index';
import { filledAtLoad, fillMessage } from '../fillTemplate';
import { setActiveLocale, activeLocale } from './active';
import { directionOf, formattingLocaleOf, type LocaleTag } from './tags';

/**
 * One locale's words: the same tree as `content` (same keys, arrays of the same length), any part
 * of it possibly missing. A missing line reads English; tests/unit/locales.test.ts requires none.
 */
export type Catalogue = { [file in keyof typeof content]?: unknown };

type Tree = Record<string, unknown> | unknown[];
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;

/**
 * The tree as it loaded, before any locale was written over it: the shape every locale is written in
 * (its keys, its arrays' lengths, its ids). English in main and core; in the page the same tree with
 * no words (content/page.ts), so that the page's first chunk carries no language of its own.
 */
const loaded = structuredClone(content) as unknown as Record<string, unknown>;

/**
 * English: the fallback for a line a locale lacks, and the way back to English. Main and core have it
 * from the start; the page has it once load.ts fetched its chunk (provideEnglish), which it does for
 * English itself, for the pseudo-locales and for a translation that lacks a line, and for no other.
 */
let english: Record<string, unknown> | null = hasWords ? loaded : null;

/** Hands apply.ts the English catalogue the page fetched (a no-op where English came with the tree). */
export function provideEnglish(catalogue: Catalogue): void {
  if (english) return;
  // Kept as fetched, not copied: it is only ever read (applyLocale writes into `content`, never into it).
  english = catalogue as Record<string, unknown>;
  englishPaths = null;
}

/** Whether English is at hand to fill a missing line (always in main; in the page once fetched). */
export function hasEnglish(): boolean {
  return english !== null;
}

/**
 * Writes `source`'s leaves over `target` in place, shaped by `shape`; a leaf missing from `source` or
 * of the wrong kind is taken from `fallback` (English), else from the shape.
 */
function writeInto(target: Tree, shape: Tree, source: unknown, fallback: unknown): void {
  const from = isTree(source) ? (source as Record<string, unknown>) : {};
  const spare = isTree(fallback) ? (fallback as Record<string, unknown>) : {};
  if (Array.isArray(shape) && Array.isArray(target)) target.length = shape.length;
  for (const key of Object.keys(shape)) {
    const shapeValue = (shape as Record<string, unknown>)[key];
    if (isTree(shapeValue)) {
      const existing = (target as Record<string, unknown>)[key];
      const into = isTree(existing) ? existing : Array.isArray(shapeValue) ? [] : {};
      (target as Record<string, unknown>)[key] = into;
      writeInto(into, shapeValue, from[key], spare[key]);
    } else if (key === 'id') {
      // An id is what the code and the stored answers name a choice by: never translated.
      (target as Record<string, unknown>)[key] = shapeValue;
    } else {
      const value = [from[key], spare[key]].find((candidate) => typeof candidate === typeof shapeValue);
      (target as Record<string, unknown>)[key] = value === undefined ? shapeValue : value;
    }
  }
}

/**
 * Every line of a catalogue that has the shape's kind (a string where the shape has a string): where
 * this is false, the page must fetch English too, as the fallback (content/locales/load.ts).
 */
export function isComplete(catalogue: unknown, shape: unknown = loaded, key = ''): boolean {
  if (isTree(shape)) {
    if (!isTree(catalogue) || Array.isArray(shape) !== Array.isArray(catalogue)) return false;
    return Object.entries(shape).every(([name, value]) => isComplete((catalogue as Record<string, unknown>)[name], value, name));
  }
  // An id and a number or flag come from the shape itself; only words must be there.
  return typeof shape !== 'string' || key === 'id' || typeof catalogue === 'string';
}

/**
 * Makes `tag` the app's language: its words are written into the very `content` tree every module
 * reads (arrays too), so a module that kept a part of it (`const copy = content.wins.today`) reads
 * the new words at its next use. English is `null` (or no catalogue): the tree goes back to the source.
 * Lines a module copied out as a string before this ran are caught by relocalize() where they are shown.
 */
export function applyLocale(tag: LocaleTag, catalogue: Catalogue | null, systemLanguages: readonly string[] = []): void {
  writeInto(content as unknown as Tree, loaded, tag === 'en' ? english : (catalogue ?? english), english);
  setActiveLocale({ tag, intl: formattingLocaleOf(tag, systemLanguages), dir: directionOf(tag) });
}

/** English: the source the pseudo-locales are generated from, and what the completeness test compares with. */
export function englishContent(): Readonly<Record<string, unknown>> {
  if (!english) throw new Error('English is not loaded in this page yet: content/locales/load.ts fetches it first.');
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
  if (english) walk(english, []);
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
  if (activeLocale().tag === 'en' || !text) return text;
  const filled = filledAtLoad.get(text);
  if (filled) return fillMessage(relocalize(filled.template), filled.values);
  const path = pathsOfEnglish().get(text);
  if (!path) return text;
  const now = read(path);
  return typeof now === 'string' ? now : text;
}
