import { z } from 'zod';
import { content } from '../../../content';
import type { LocaleTag } from '../../../content/locales/tags';

const notUnderstood = content.views.errors.itemNotUnderstood;

/** The page's navigator.languages: used only where core was told no system languages (the browser harness). */
export const localeInput = z.object({ languages: z.array(z.string().max(64, notUnderstood)).max(32, notUnderstood) }).strict();

export interface LocaleInfo {
  tag: LocaleTag;
  dir: 'ltr' | 'rtl';
  /** The preferred languages the choice was made from, best first (they also pick the formatting region). */
  languages: string[];
}
