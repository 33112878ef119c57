// `npm run screenshots`: refreshes the README's pictures on purpose. A test run only ever writes
// its screenshots into the ignored test-results/screenshots/; this command builds the renderer,
// runs the Chromium e2e suite, and only when it passes copies those pictures into docs/screenshots/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectDir } from './electron-runtime.mjs';

const bin = (name) => path.join(projectDir, 'node_modules', '.bin', name);
const shots = path.join(projectDir, 'test-results', 'screenshots');
const docs = path.join(projectDir, 'docs', 'screenshots');
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: projectDir, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nStopped: "${path.basename(command)} ${args.join(' ')}" failed, so docs/screenshots/ was left as it was.`);
    process.exit(result.status ?? 1);
  }
}

// Stale pictures from an earlier run must not be copied as if they were fresh.
fs.rmSync(shots, { recursive: true, force: true });
run(bin('electron-vite'), ['build']);
run(bin('vitest'), ['run', '--project', 'e2e']);

const taken = fs.existsSync(shots) ? fs.readdirSync(shots).filter((name) => name.endsWith('.png')) : [];
if (taken.length === 0) {
  console.error('\nThe e2e suite passed but took no screenshots; docs/screenshots/ was left as it was.');
  process.exit(1);
}
fs.mkdirSync(docs, { recursive: true });
for (const name of taken) fs.copyFileSync(path.join(shots, name), path.join(docs, name));
console.log(`\nCopied ${taken.length} screenshots into docs/screenshots/.`);
