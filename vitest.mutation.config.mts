import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of electron/core (`npm run mutation`): the core
// project (tests/unit + tests/integration) under plain Node. Left out: the crash-safety test,
// which SIGKILLs child processes on a real clock and would dominate every run, and the bundle
// budget, which measures the built renderer rather than anything in electron/core, and the scan for sentences outside content/.
// REBOUND_MUTATION_TESTS narrows the run to a few test files (comma-separated paths) for one folder's
// measurement, e.g. the settings tests for electron/core/settings: the full core suite under every mutant
// of a module that every test reaches (settings, the database) takes hours at one worker.
const only = process.env.REBOUND_MUTATION_TESTS?.split(',')
  .map((file) => file.trim())
  .filter(Boolean);

export default defineConfig({
  plugins: [
    {
      // Stryker's vitest runner asks for worker threads, where switching process.env.TZ mid-run
      // (as the tables that test several time zones do) has no effect and those cases fail.
      // Child processes honour it, so the project is put back on them after Stryker's overrides.
      name: 'rebound-mutation-forks',
      configureVitest({ project }) {
        project.config.pool = 'forks';
      },
    },
  ],
  test: {
    // electron-store is ESM that imports `electron`; inlining lets the main tests' vi.mock('electron') reach it
    // (as in vitest.config.mts), so a file of tests/main can be named in REBOUND_MUTATION_TESTS. They stay out
    // of the default list: several import electron/main/index inside a test, so every mutant that only runs
    // while a module loads (the contract's schemas, the CSP) counts as reached by that test, is run instead of
    // skipped, and survives (24 of electron/core/app's 181 when tests/main/startFailure.test.ts was listed).
    server: { deps: { inline: ['electron-store'] } },
    include: only?.length ? only : ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: [
      'tests/integration/crashSafety.test.ts',
      'tests/unit/bundleBudget.test.ts',
      // Scans the source for sentences: under Stryker it reads instrumented code, whose mutant strings are not ours.
      'tests/unit/wordsInContent.test.ts',
      '**/node_modules/**',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
