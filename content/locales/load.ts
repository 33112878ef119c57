import { englishContent, type Catalogue } from './apply';
import type { LocaleTag } from './tags';
import { cataloguesFrom } from './grouping';

/**
 * One locale's catalogue for the page, fetched when it is needed: each locale's files are their
 * own lazy chunks, so the first chunk carries English (the source, which the schemas' messages are
 * built from) and nothing of the others.
 */
const loaders = import.meta.glob<unknown>('./*/*.json', { import: 'default' });

export async function loadCatalogue(tag: LocaleTag): Promise<Catalogue | null> {
  if (tag === 'en') return null;
  if (tag === 'en-XA' || tag === 'ar-XB') {
    const { pseudoAccented, pseudoCatalogue, pseudoMirrored } = await import('./pseudo');
    return pseudoCatalogue(englishContent(), tag === 'en-XA' ? pseudoAccented : pseudoMirrored) as Catalogue;
  }
  const mine = Object.entries(loaders).filter(([file]) => file.startsWith(`./${tag}/`));
  if (!mine.length) return null;
  const loaded = await Promise.all(mine.map(async ([file, load]) => [file, await load()] as const));
  return cataloguesFrom(Object.fromEntries(loaded))[tag] ?? null;
}
