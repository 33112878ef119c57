import fs from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { treeOfFiles, withoutWords } from './content/locales/shape';

const contentDir = resolve(__dirname, 'content');
const shapeId = 'virtual:rebound/content-shape';

/**
 * The page's build only: every import of content/index.ts (English, built from content/*.json) gets
 * content/page.ts instead, the same tree with every word taken out, generated here from the English
 * files. So the first chunk holds no language of its own, and English is a lazy chunk like the other
 * locales (content/locales/load.ts). Main and core keep content/index.ts, English and all.
 */
function contentWithoutWords(): Plugin {
  const index = resolve(contentDir, 'index.ts');
  const page = resolve(contentDir, 'page.ts');
  return {
    name: 'rebound:content-without-words',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === shapeId) return `\0${shapeId}`;
      if (!importer || importer === page || !/(^\.\.?$|content$|index(\.ts)?$)/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === index ? page : null;
    },
    // Each view's files, for firstView.ts to fetch while the locale's words load (it may run them only after).
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const filesOf = (fileName: string, into = new Set<string>()): Set<string> => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || into.has(fileName)) return into;
          into.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
          for (const imported of chunk.imports) filesOf(imported, into);
          return into;
        };
        const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
        const initial = entry ? filesOf(entry.fileName) : new Set<string>();
        const views: Record<string, string[]> = {};
        for (const chunk of Object.values(bundle)) {
          const view = chunk.type === 'chunk' && chunk.isDynamicEntry ? /^(\w+)View$/.exec(chunk.name)?.[1] : undefined;
          if (view && chunk.type === 'chunk') views[view.toLowerCase()] = [...filesOf(chunk.fileName)].filter((file) => !initial.has(file));
        }
        // And each locale's one chunk (locale-de…), for firstView.ts to fetch the likely one during core's answer.
        const locales: Record<string, string> = {};
        for (const chunk of Object.values(bundle)) {
          const tag = chunk.type === 'chunk' ? /^locale-(.+)$/.exec(chunk.name)?.[1] : undefined;
          if (tag) locales[tag] = chunk.fileName;
        }
        const meta = (name: string, value: unknown) => `<meta name="${name}" content="${JSON.stringify(value).replace(/"/g, '&quot;')}" />`;
        return html.replace('</head>', `    ${meta('rebound-view-files', views)}\n    ${meta('rebound-locale-files', locales)}\n  </head>`);
      },
    },
    load(id) {
      if (id !== `\0${shapeId}`) return null;
      const files = fs.readdirSync(contentDir).filter((name) => name.endsWith('.json'));
      for (const name of files) this.addWatchFile(resolve(contentDir, name));
      const english = treeOfFiles(
        Object.fromEntries(files.map((name) => [name, JSON.parse(fs.readFileSync(resolve(contentDir, name), 'utf8'))])),
      );
      return `export default ${JSON.stringify(withoutWords(english))};`;
    },
  };
}

export default defineConfig({
  main: {
    build: {
      // electron-store and intl-messageformat are ESM-only and main is CommonJS: bundle them rather than require()
      // them (Electron 43's Node could require(esm), but the simulation runs this bundle under Node 20).
      externalizeDeps: { exclude: ['electron-store', 'zod', 'date-fns', 'intl-messageformat'] },
      // Lowered so the Electronegativity scanner's parser can read the bundle (it predates private class fields).
      target: 'node11',
      // The import worker is a second entry, built beside index.js (out/main/importWorker.js), where main starts it.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts'), importWorker: resolve(__dirname, 'electron/main/importWorker.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron`: everything else is bundled in.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [contentWithoutWords(), react()],
    build: {
      minify: true,
      rollupOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        output: {
          // One lazy chunk per locale, English's too (locale-en, locale-de…): the page fetches its words in one request.
          codeSplitting: {
            groups: [
              {
                name: (id: string) => {
                  const file = id.split('?')[0]?.replaceAll('\\', '/') ?? '';
                  const translated = /\/content\/locales\/([^/]+)\/[^/]+\.json$/.exec(file);
                  if (translated) return `locale-${translated[1]}`;
                  return /\/content\/[^/]+\.json$/.test(file) ? 'locale-en' : null;
                },
              },
            ],
          },
        },
      },
    },
  },
});
