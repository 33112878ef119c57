import { matchLocale, pseudoLocales } from '../../../content/locales/tags';
import { startLocale } from './locale';
import { parseHash } from './route';
import { loadView, loadViewsAfter } from './views';

/**
 * The locale, asked for as soon as the app's code starts to run (main.tsx imports this module first):
 * core names it, its catalogue (a lazy chunk) is fetched and written into the content tree. The page's
 * first chunk holds that tree with no words, so every view's chunk waits for this (views.ts).
 */
export const localeStarted = startLocale();
loadViewsAfter(localeStarted);

/** The files the build listed under `name` in index.html (electron.vite.config.ts), for `key`; none where the list is missing (a test's page). */
function listedFiles(name: string, key: string): string[] {
  const listed = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  try {
    const files: unknown = listed ? (JSON.parse(listed) as Record<string, unknown>)[key] : undefined;
    return (Array.isArray(files) ? files : [files]).filter((file): file is string => typeof file === 'string');
  } catch {
    return [];
  }
}

/**
 * Files fetched ahead, as `<link rel="modulepreload">` does: downloaded and parsed, not run, so a view
 * still runs only once the words are in, and a locale's words are written in only once core named it.
 */
function fetchAhead(files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement('link');
    // The same address the build's own loader asks for, so it finds the file already fetched.
    link.href = new URL(file, document.baseURI).href;
    // As the build's loader asks (CORS mode, crossorigin=""): a preload fetched without it does not match
    // that loader's own <link rel="stylesheet" crossorigin>, and each of the view's styles was fetched twice.
    link.crossOrigin = '';
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    document.head.append(link);
  }
}

const view = parseHash(window.location.hash).view;
fetchAhead(listedFiles('rebound-view-files', view));
// The likely locale's words, while core is asked which it is: the system's languages, as core reads
// them under the Language setting "system" (a pseudo-locale is made from English). A wrong guess costs
// one fetch of a file that is not used; the right one is then fetched as it would have been.
const likely = matchLocale(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [navigator.language])]);
fetchAhead(listedFiles('rebound-locale-files', pseudoLocales.includes(likely) ? 'en' : likely));

/**
 * The first view's chunk, run right behind the locale while React and the rest of the shell are still
 * being set up, into a tree that already holds the person's words; its files were on their way since.
 */
export const firstView = loadView(view);
