import shape from 'virtual:rebound/content-shape';
import type { Content } from './index';

/**
 * content/index.ts as the page's build sees it (the renderer-only plugin `rebound:content-without-words`
 * in electron.vite.config.ts resolves every import of content/index.ts here): the same tree with no
 * words, so the first chunk carries none. Views keep references into it as before; the active
 * locale's words, English included, are their own lazy chunks (content/locales/load.ts), written into
 * this very tree before the first view is loaded (renderer/src/app/firstView.ts).
 */
export const content = shape as unknown as Content;

/** This tree holds no words until a locale is applied: apply.ts then needs English loaded as its fallback. */
export const hasWords: boolean = false;

export { fillMessage, fillTemplate } from './fillTemplate';
