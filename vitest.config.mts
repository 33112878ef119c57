import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    // electron-store is ESM that imports `electron`; inlining lets the main tests' vi.mock('electron') reach it.
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      {
        extends: true,
        // Limits sized for a loaded two-core machine (npm test beside other work): a limit only
        // catches a hang, it is never how a test checks speed.
        test: {
          name: 'core',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: { name: 'main', include: ['tests/main/**/*.test.ts'], environment: 'node', testTimeout: 20_000, hookTimeout: 30_000 },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/renderer/setup.ts'],
          // Each test drives the real core through React; findBy waits up to 10 s (setup.ts).
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        // The built bundles under a strict electron double: a simulation, never counted as an Electron run.
        test: { name: 'simulation', include: ['tests/simulation/**/*.test.ts'], environment: 'node', fileParallelism: false },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          include: ['tests/electron/**/*.test.ts'],
          environment: 'node',
          // A screen (xvfb-run where there is none), the Electron build of better-sqlite3 (its own time limit), a build.
          globalSetup: ['tests/electron/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
