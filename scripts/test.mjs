// `npm test`: every suite in one run, ending with one plain line
// "N passed, N failed, N skipped" that covers them all. Type checks, lint
// and the build count as one check each; vitest reports the rest (core,
// main with electron mocked, renderer, Chromium e2e, Electron e2e).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectDir } from './electron-runtime.mjs';

// On Windows the .bin entries are .cmd files, which Node runs only through a shell; paths are
// quoted for it, since a project folder under "C:\Users\Sam Smith" has a space.
const windows = process.platform === 'win32';
const quoted = (value) => (windows ? `"${value}"` : value);
const bin = (name) => quoted(path.join(projectDir, 'node_modules', '.bin', windows ? `${name}.cmd` : name));
const report = path.join(projectDir, '.cache', 'vitest-report.json');
const tally = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    cwd: projectDir,
    stdio: 'inherit',
    shell: windows,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status === 0) tally.passed += 1;
  else {
    tally.failed += 1;
    failures.push(name);
  }
  return result.status === 0;
}

check('typecheck (node, web and test projects)', bin('tsc'), ['-b', 'tsconfig.json']);
check('lint (eslint with react-hooks)', bin('eslint'), ['--max-warnings=0', '.']);
check('format (prettier --check)', bin('prettier'), ['--check', '.']);
check(
  'boundaries (dependency-cruiser: no cycles, core free of electron, main free of SQL, the renderer on the contract)',
  bin('depcruise'),
  ['electron', 'renderer/src', 'content', '--config', '.dependency-cruiser.cjs'],
);
check('build (electron-vite: main, preload, renderer)', bin('electron-vite'), ['build']);

console.log('\n▶ vitest: core, main, renderer, e2e (Chromium), electron');
fs.rmSync(report, { force: true });
fs.mkdirSync(path.dirname(report), { recursive: true });
const vitest = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', quoted(`--outputFile.json=${report}`)], {
  cwd: projectDir,
  stdio: 'inherit',
  shell: windows,
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  tally.passed += json.numPassedTests;
  tally.failed += json.numFailedTests;
  tally.skipped += json.numPendingTests + json.numTodoTests;
  if (json.numFailedTests > 0 || vitest.status !== 0) failures.push('vitest');
  // A suite that failed to load has no tests to count but is still a failure.
  if (vitest.status !== 0 && json.numFailedTests === 0) tally.failed += 1;
} else {
  tally.failed += 1;
  failures.push('vitest (no report)');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed > 0 ? 1 : 0);
