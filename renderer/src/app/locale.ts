import { applyLocale } from '../../../content/locales/apply';
import { loadCatalogue } from '../../../content/locales/load';
import type { LocaleInfo } from '../../../electron/core/locale/contract';
import { call } from '../ipc/client';

/** navigator.languages as core's input takes it (the harness has no system languages of its own). */
function pageLanguages(): string[] {
  const languages = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])];
  return languages.filter((tag) => typeof tag === 'string' && tag.length <= 64).slice(0, 32);
}

/**
 * Before the first render: asks core which locale to speak (the Language setting, else the system's
 * languages), fetches that locale's catalogue (its own lazy chunk), writes it into the content tree
 * and sets the document's lang and dir. Whatever fails, the page opens, in English (itself a lazy chunk).
 */
export async function startLocale(): Promise<LocaleInfo> {
  let info: LocaleInfo = { tag: 'en', dir: 'ltr', languages: pageLanguages() };
  try {
    info = await call('locale:get', { languages: pageLanguages() });
    applyLocale(info.tag, await loadCatalogue(info.tag), info.languages);
  } catch {
    info = { tag: 'en', dir: 'ltr', languages: info.languages };
    // The page's tree has no words of its own (content/page.ts): English is fetched as any locale is.
    applyLocale('en', await loadCatalogue('en').catch(() => null), info.languages);
  }
  document.documentElement.lang = info.tag;
  document.documentElement.dir = info.dir;
  return info;
}
