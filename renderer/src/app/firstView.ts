import type { View } from '../../../electron/core/app/contract';
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

/**
 * A view's files fetched meanwhile, as `<link rel="modulepreload">` does: downloaded and parsed, not
 * run, so the view still runs only once the words are in. The build lists each view's files in
 * index.html (electron.vite.config.ts); where the list is missing (a test's page) nothing is fetched early.
 */
function fetchFilesOf(view: View): void {
  const listed = document.querySelector<HTMLMetaElement>('meta[name="rebound-view-files"]')?.content;
  let files: unknown;
  try {
    files = listed ? (JSON.parse(listed) as Record<string, unknown>)[view] : undefined;
  } catch {
    return;
  }
  if (!Array.isArray(files)) return;
  for (const file of files) {
    if (typeof file !== 'string') continue;
    const link = document.createElement('link');
    // The same address the build's own loader asks for, so it finds the file already fetched.
    link.href = new URL(file, document.baseURI).href;
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    document.head.append(link);
  }
}

const view = parseHash(window.location.hash).view;
fetchFilesOf(view);

/**
 * The first view's chunk, run right behind the locale while React and the rest of the shell are still
 * being set up, into a tree that already holds the person's words; its files were on their way since.
 */
export const firstView = loadView(view);
