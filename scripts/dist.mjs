// `npm run dist`: the installers for this system (electron-builder.cjs), or one
// sentence saying why not. electron-builder rebuilds better-sqlite3 in place for
// Electron; the Node build the tests load is kept aside and put back afterwards,
// so `npm test` still works after packaging.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { addonAbi, distPlan, electronBinary, projectDir, tryDownloadElectron } from './electron-runtime.mjs';

const plan = distPlan({ platform: process.platform, hasElectron: Boolean(electronBinary() || tryDownloadElectron()) });
if (!plan.ok) {
  console.error(plan.message);
  process.exit(1);
}

// Windows runs the .bin .cmd files only through a shell, which needs the path quoted.
const windows = process.platform === 'win32';
const bin = (name) => {
  const file = path.join(projectDir, 'node_modules', '.bin', windows ? `${name}.cmd` : name);
  return windows ? `"${file}"` : file;
};
const run = (command, args) => spawnSync(command, args, { cwd: projectDir, stdio: 'inherit', shell: windows }).status ?? 1;

const nodeAddon = path.join(projectDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const keptAddon = path.join(projectDir, '.cache', 'dist', 'better_sqlite3.node');
const nodeAbi = Number(process.versions.modules);
if (fs.existsSync(nodeAddon) && addonAbi(nodeAddon) === nodeAbi) {
  fs.mkdirSync(path.dirname(keptAddon), { recursive: true });
  fs.copyFileSync(nodeAddon, keptAddon);
}

let status = run(bin('electron-vite'), ['build']);
try {
  if (status === 0) status = run(bin('electron-builder'), plan.args);
} finally {
  if (fs.existsSync(keptAddon) && (!fs.existsSync(nodeAddon) || addonAbi(nodeAddon) !== nodeAbi)) {
    fs.mkdirSync(path.dirname(nodeAddon), { recursive: true });
    fs.copyFileSync(keptAddon, nodeAddon);
  }
}
if (status === 0) console.log(`Installers written to ${path.join(projectDir, 'dist')}.`);
process.exit(status);
