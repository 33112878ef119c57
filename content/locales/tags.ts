/**
 * The locales Rebound ships, and the pure decisions about them: which one a
 * person's language list gets, which way it is written, which day its week
 * starts on. No catalogue is loaded here, so core, main and the page's first
 * chunk can all ask.
 */

/** English is the source (content/*.json); the others live in content/locales/<tag>/; the two pseudo-locales are generated. */
export const shippedLocales = ['en', 'de', 'es', 'pt-BR', 'en-XA', 'ar-XB'] as const;
export type LocaleTag = (typeof shippedLocales)[number];

/** The pseudo-locales: for testing layouts, never chosen by a system's language list, only by hand or by a test. */
export const pseudoLocales: readonly LocaleTag[] = ['en-XA', 'ar-XB'];

/** Each locale in its own name, for the Language setting (a name is never translated: it is how a reader finds theirs). */
export const localeNames: Record<LocaleTag, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  'en-XA': '[Ëñğļîšĥ]',
  'ar-XB': '[ʜsilgnƎ] RTL',
};

export function isLocaleTag(value: string): value is LocaleTag {
  return (shippedLocales as readonly string[]).includes(value);
}

/** The language Intl formats numbers, dates and plurals in: the pseudo-locales are English underneath. */
export function intlLocaleOf(tag: LocaleTag): string {
  return tag === 'en-XA' || tag === 'ar-XB' ? 'en' : tag;
}

export function directionOf(tag: LocaleTag): 'ltr' | 'rtl' {
  return tag === 'ar-XB' ? 'rtl' : 'ltr';
}

/** A BCP 47 tag from what a system writes: Linux's de_DE.UTF-8 or sr_RS@latin is de-DE, sr-RS; "C" and "POSIX" are none. */
function canonical(tag: string): Intl.Locale | null {
  try {
    return new Intl.Locale(tag.replace(/[.@].*$/, '').replace(/_/g, '-'));
  } catch {
    return null;
  }
}

/**
 * The shipped locale for a list of preferred languages, best first (app.getPreferredSystemLanguages(),
 * navigator.languages). Like Intl.LocaleMatcher's lookup, each preference is tried in order, and the
 * first with a match wins:
 * - the exact tag (pt-BR, en-XA when a test asks for it by name);
 * - the same language in another region: de-AT and de-CH read de; es-419, es-MX and es-AR read es
 *   (ours is written neutral, for Spain and Latin America alike);
 * - Portuguese from anywhere (pt, pt-PT, pt-AO) reads pt-BR: the spelling differs (and "você" sounds
 *   informal in Lisbon), but a Portuguese reader understands Brazilian Portuguese far better than the
 *   English they would get otherwise;
 * - a language we do not ship (zh, ja, fr) is skipped, so a second preference still counts
 *   ("fr-FR, de-DE" gets German); nothing matched is English.
 * A pseudo-locale is matched only by its exact tag: no system sets one by accident.
 */
export function matchLocale(preferred: readonly string[]): LocaleTag {
  for (const wanted of preferred) {
    const locale = canonical(wanted);
    if (!locale) continue;
    const exact = shippedLocales.find((tag) => tag.toLowerCase() === locale.baseName.toLowerCase());
    if (exact) return exact;
    const byLanguage = shippedLocales.find((tag) => !pseudoLocales.includes(tag) && canonical(tag)?.language === locale.language);
    if (byLanguage) return byLanguage;
  }
  return 'en';
}

/** The Language setting: the system's choice, or one locale by hand. */
export function resolveLocale(setting: string, systemLanguages: readonly string[]): LocaleTag {
  return setting !== 'system' && isLocaleTag(setting) ? setting : matchLocale(systemLanguages);
}

export type WeekStart = 0 | 1 | 6;

interface WeekInfo {
  firstDay: number;
}

/**
 * Regions whose week starts on Sunday or Saturday, for an engine without Intl.Locale week info
 * (Firefox, older Node): CLDR's weekData, reduced to the regions likeliest to use Rebound.
 */
const sundayRegions = new Set(['US', 'CA', 'BR', 'MX', 'JP', 'KR', 'IL', 'IN', 'PH', 'ZA', 'AU', 'CO', 'PE', 'VE', 'SA', 'HK', 'TW']);
const saturdayRegions = new Set(['EG', 'AE', 'AF', 'BH', 'DZ', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY']);
/** A language alone names no region: the region its speakers mostly live in decides. */
const likelyRegion: Record<string, string> = { en: 'US', es: 'ES', pt: 'BR', de: 'DE', ar: 'EG' };

/**
 * The first day of the week a locale's readers expect (0 Sunday, 1 Monday, 6 Saturday): from
 * Intl.Locale's week info (getWeekInfo() in newer engines, the weekInfo getter in older ones), else
 * the table above. A first day Rebound cannot start weeks on (Friday in the Maldives) reads Monday.
 */
export function weekStartOf(tag: string, weekInfo?: (locale: Intl.Locale) => WeekInfo | undefined): WeekStart {
  const locale = canonical(tag);
  if (!locale) return 1;
  const read =
    weekInfo ??
    ((value: Intl.Locale) => {
      const withInfo = value as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
      return withInfo.getWeekInfo?.() ?? withInfo.weekInfo;
    });
  const info = read(locale.maximize());
  if (info) {
    // Intl numbers days 1 (Monday) to 7 (Sunday).
    if (info.firstDay === 7) return 0;
    if (info.firstDay === 6) return 6;
    return 1;
  }
  const region = locale.region ?? likelyRegion[locale.language] ?? '';
  if (sundayRegions.has(region)) return 0;
  if (saturdayRegions.has(region)) return 6;
  return 1;
}

/**
 * The tag Intl formats with: the person's own system tag when it is the same language as the
 * locale shown (en-GB keeps its day-month order and 24-hour clock under our English; de-AT its
 * own month names), else the locale's own.
 */
export function formattingLocaleOf(tag: LocaleTag, systemLanguages: readonly string[]): string {
  const base = intlLocaleOf(tag);
  const language = canonical(base)?.language;
  for (const wanted of systemLanguages) {
    const locale = canonical(wanted);
    if (locale && locale.language === language) return locale.baseName;
  }
  return base;
}

/** The week's first day before the person picks one: from the system's own tag when the locale follows the system. */
export function defaultWeekStart(setting: string, systemLanguages: readonly string[]): WeekStart {
  const tag = resolveLocale(setting, systemLanguages);
  return weekStartOf(formattingLocaleOf(tag, systemLanguages));
}
