import type { Catalogue } from './apply';
import { englishContent } from './apply';
import { pseudoAccented, pseudoCatalogue, pseudoMirrored } from './pseudo';
import type { LocaleTag } from './tags';
import { cataloguesFrom } from './grouping';

/**
 * Every catalogue at once, for main (core's notifications, tray and refusals): a desktop app has
 * them all on disk anyway, and main picks one before its first word. The page loads only its own
 * (load.ts). A catalogue is content/locales/<tag>/<the English file's name>.json.
 */
const files = import.meta.glob<unknown>('./*/*.json', { eager: true, import: 'default' });

const translated = cataloguesFrom(files);

/** The catalogue to apply for a locale: null for English (the source itself), generated for the pseudo-locales. */
export function catalogueOf(tag: LocaleTag): Catalogue | null {
  if (tag === 'en') return null;
  if (tag === 'en-XA') return pseudoCatalogue(englishContent(), pseudoAccented) as Catalogue;
  if (tag === 'ar-XB') return pseudoCatalogue(englishContent(), pseudoMirrored) as Catalogue;
  return translated[tag] ?? null;
}
