// `npm start`: make sure Electron and an Electron build of the database
// module exist, then build and launch Rebound. Where Electron cannot be
// had, say so in one sentence instead of a stack trace.
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  electronBinary,
  ensureElectronBinding,
  projectDir,
  sandboxFacts,
  sandboxProblem,
  tryDownloadElectron,
} from './electron-runtime.mjs';

if (!electronBinary() && !tryDownloadElectron()) {
  console.error(
    'Rebound cannot start: the Electron runtime is not installed here (it could not be downloaded), so run ' +
      '"node node_modules/electron/install.js" on a machine with internet access and then "npm start" again ' +
      '(to try the interface without Electron, run "npm run web").',
  );
  process.exit(1);
}

// Electron aborts with a Chromium stack trace when its sandbox cannot work here (Ubuntu 24.04+
// without a setuid helper, or a run as root); say what to do instead. The sandbox is never turned off.
const sandbox = sandboxProblem(sandboxFacts());
if (sandbox) {
  console.error(sandbox);
  process.exit(1);
}

try {
  await ensureElectronBinding();
} catch (error) {
  console.error(`Rebound cannot start: the database module could not be built for Electron (${error.message}).`);
  process.exit(1);
}

const cli = path.join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, 'preview'], { stdio: 'inherit', cwd: projectDir });
child.on('exit', (code) => process.exit(code ?? 0));
