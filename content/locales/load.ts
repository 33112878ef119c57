import { englishContent, hasEnglish, isComplete, provideEnglish, type Catalogue } from './apply';
import type { LocaleTag } from './tags';
import { cataloguesFrom, contentKeyOf } from './grouping';

/**
 * One locale's catalogue for the page, fetched when it is needed. Each locale's files are their own
 * lazy chunks, English's among them: the page's first chunk holds the content tree with no words
 * (content/page.ts), and the one locale the person reads is fetched and written into it before the
 * first view loads. English is fetched as well only where it is needed: for English itself, for the
 * pseudo-locales (generated from it) and as the fallback of a translation that lacks a line.
 */
const loaders = import.meta.glob<unknown>('./*/*.json', { import: 'default' });
const englishLoaders = import.meta.glob<unknown>('../*.json', { import: 'default' });

/** English, fetched (once) and handed to apply.ts as the fallback. */
async function loadEnglish(): Promise<Catalogue> {
  if (!hasEnglish()) {
    const files = await Promise.all(
      Object.entries(englishLoaders).map(async ([file, load]) => [contentKeyOf(file.slice('../'.length)), await load()] as const),
    );
    provideEnglish(Object.fromEntries(files) as Catalogue);
  }
  return englishContent() as Catalogue;
}

export async function loadCatalogue(tag: LocaleTag): Promise<Catalogue | null> {
  if (tag === 'en') return loadEnglish();
  if (tag === 'en-XA' || tag === 'ar-XB') {
    const [{ pseudoAccented, pseudoCatalogue, pseudoMirrored }, english] = await Promise.all([import('./pseudo'), loadEnglish()]);
    return pseudoCatalogue(english, tag === 'en-XA' ? pseudoAccented : pseudoMirrored) as Catalogue;
  }
  const mine = Object.entries(loaders).filter(([file]) => file.startsWith(`./${tag}/`));
  if (!mine.length) return loadEnglish();
  const loaded = await Promise.all(mine.map(async ([file, load]) => [file, await load()] as const));
  const catalogue = cataloguesFrom(Object.fromEntries(loaded))[tag] ?? null;
  if (!isComplete(catalogue)) await loadEnglish();
  return catalogue;
}
