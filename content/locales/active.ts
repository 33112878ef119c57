import type { LocaleTag } from './tags';

/**
 * The locale the app speaks now: set only by applyLocale (content/locales/apply.ts), read by the
 * message formatter and the one formatting module. One per process: main and the page each keep theirs.
 */
export interface ActiveLocale {
  tag: LocaleTag;
  /** The tag Intl formats numbers, dates and plurals with (the person's own region where it matches). */
  intl: string;
  dir: 'ltr' | 'rtl';
}

let active: ActiveLocale = { tag: 'en', intl: 'en', dir: 'ltr' };

export function activeLocale(): ActiveLocale {
  return active;
}

export function setActiveLocale(next: ActiveLocale): void {
  active = next;
}
