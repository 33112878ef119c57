import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

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
    plugins: [react()],
    build: {
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
