// `npm run mutation`: Stryker mutates electron/core and runs the core tests (vitest.mutation.config.mts)
// against each mutant, to measure whether the tests notice small bugs. Far too slow for CI or for
// npm test: narrow it to a folder, e.g. `npm run mutation -- --mutate 'electron/core/backup/**/*.ts'`.
// Incremental: a rerun only tests mutants whose code or covering tests changed since the last one.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mts', related: false },
  mutate: ['electron/core/**/*.ts'],
  // Each mutant runs only the tests that reached its code.
  coverageAnalysis: 'perTest',
  // Mutants only executed while a module loads (the contract's table, constant maps) would need a
  // fresh process per mutant; they are skipped and counted as such in the report.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: '.cache/stryker/incremental.json',
  tempDirName: '.cache/stryker/tmp',
  ignorePatterns: ['docs', 'test-results', 'out', 'dist-web', '.native', '.web-data', '.cache'],
  // Two workers at most: these machines have two cores, often shared.
  concurrency: 2,
  // Generous limits so a busy machine does not turn slow mutants into false "timeouts".
  timeoutMS: 30_000,
  timeoutFactor: 3,
  dryRunTimeoutMinutes: 15,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: '.cache/stryker/report.html' },
  jsonReporter: { fileName: '.cache/stryker/report.json' },
};
