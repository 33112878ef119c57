import { applyLocale } from '../../../content/locales/apply';
import { catalogueOf } from '../../../content/locales/catalogues';
import { defaultWeekStart, directionOf, resolveLocale, type LocaleTag } from '../../../content/locales/tags';
import type { Settings } from '../settings/schema';
import type { LocaleInfo } from './contract';

export interface LocaleFollower {
  /** Applies the locale the settings and the system ask for, if it is not the one applied; true when it changed. */
  follow(settings: Settings): boolean;
  /** What the page should speak, given its own languages for when core knows none. */
  info(settings: Settings, pageLanguages: readonly string[]): LocaleInfo;
  /** The week's first day until the person picks one: the locale's (the stored default where no language is known). */
  weekStart(settings: Settings): Settings['weekStartsOn'];
  current(): LocaleTag;
}

/**
 * Core speaks one locale at a time (its notifications, tray line, calendar text and refusals): the
 * Language setting, else the best match for the system's preferred languages (main passes
 * app.getPreferredSystemLanguages()). Where core knows no system languages (the harness, the tests)
 * it follows the setting alone and keeps English otherwise.
 */
export function createLocaleFollower(systemLanguages?: () => readonly string[]): LocaleFollower {
  let applied: LocaleTag = 'en';
  let appliedFrom = '';
  const languages = () => systemLanguages?.() ?? [];
  return {
    follow(settings) {
      const system = languages();
      const tag = resolveLocale(settings.language, system);
      const from = `${tag}|${system.join(',')}`;
      if (from === appliedFrom) return false;
      const changed = tag !== applied;
      applyLocale(tag, catalogueOf(tag), system);
      applied = tag;
      appliedFrom = from;
      return changed;
    },
    info(settings, pageLanguages) {
      const system = systemLanguages ? languages() : pageLanguages;
      const tag = resolveLocale(settings.language, system);
      return { tag, dir: directionOf(tag), languages: [...system] };
    },
    weekStart(settings) {
      if (!systemLanguages && settings.language === 'system') return settings.weekStartsOn;
      return defaultWeekStart(settings.language, languages());
    },
    current: () => applied,
  };
}
