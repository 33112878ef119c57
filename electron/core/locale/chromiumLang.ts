import type { LocaleTag } from '../../../content/locales/tags';

/**
 * Chromium's name for each locale Rebound speaks, where Chromium has that locale itself (Electron's
 * locales/*.pak): English is en-US there. The pseudo-locales are Rebound's own test of its words, so
 * Chromium's stay the system's under them.
 */
const chromiumLocales: Partial<Record<LocaleTag, string>> = { en: 'en-US', de: 'de', es: 'es', 'pt-BR': 'pt-BR' };

/**
 * The `--lang` switch that makes Chromium's own words match the Language setting: the native context
 * menu of a text field, the spellchecker's suggestions menu, the Accept-Language a page sends and
 * app.getLocale(). Chromium reads its switches once, before `ready`, before core or the settings store
 * exist, so main hands this the settings file's text as it is on disk (undefined where there is none).
 * No switch (null) under "system", for a pseudo-locale, or for a file that cannot be read as settings:
 * Chromium then follows the system, as it did before.
 */
export function langSwitch(settingsText: string | undefined): string | null {
  if (!settingsText) return null;
  let language: unknown;
  try {
    const settings: unknown = JSON.parse(settingsText);
    language = typeof settings === 'object' && settings !== null ? (settings as { language?: unknown }).language : undefined;
  } catch {
    return null;
  }
  if (typeof language !== 'string' || !Object.hasOwn(chromiumLocales, language)) return null;
  return chromiumLocales[language as LocaleTag] ?? null;
}
