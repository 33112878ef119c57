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
 * The first view's chunk, asked for right behind the locale, so it downloads while React and the rest
 * of the shell are still being set up, and loads into a tree that already holds the person's words.
 */
export const firstView = loadView(parseHash(window.location.hash).view);
