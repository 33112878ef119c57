// Finds the Electron binary and prepares better-sqlite3 for Electron's ABI,
// without ever touching the Node build that the tests load.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(projectDir, 'node_modules', 'electron');

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
}

/** The Electron binary's path, or null when it was never downloaded (as on machines without GitHub access). */
export function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Tries Electron's own downloader once; quiet, because the caller explains a failure in one sentence. */
export function tryDownloadElectron() {
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  return electronBinary();
}

/** The NODE_MODULE_VERSION an addon was built for, read from the addon itself. */
export function addonAbi(file) {
  const match = /node_register_module_v(\d+)/.exec(fs.readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}

export function electronAbi() {
  const file = path.join(electronDir, 'abi_version');
  return Number(fs.readFileSync(file, 'utf8').trim());
}

export function electronBindingPath(version = electronVersion()) {
  return path.join(projectDir, '.native', `electron-${version}`, 'better_sqlite3.node');
}

/**
 * Builds better-sqlite3 for Electron in a staging copy and keeps only the
 * addon, checked by the ABI recorded inside it (rebuild tools report success
 * even when they compiled against Node's headers).
 */
export async function ensureElectronBinding(log = console.log) {
  const version = electronVersion();
  const wanted = electronAbi();
  const target = electronBindingPath(version);
  if (fs.existsSync(target) && addonAbi(target) === wanted) return target;

  log(`Preparing the database module for Electron ${version} (one time, about a minute)…`);
  const stage = path.join(projectDir, '.native', `stage-${version}`);
  fs.rmSync(stage, { recursive: true, force: true });
  const source = path.join(projectDir, 'node_modules', 'better-sqlite3');
  fs.cpSync(source, path.join(stage, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    filter: (file) => !file.startsWith(path.join(source, 'build')),
  });
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version;
  fs.writeFileSync(
    path.join(stage, 'package.json'),
    JSON.stringify({ name: 'rebound-native-stage', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: stage, electronVersion: version, onlyModules: ['better-sqlite3'], force: true });
  const built = path.join(stage, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  const got = fs.existsSync(built) ? addonAbi(built) : null;
  if (got !== wanted) {
    throw new Error(`The rebuilt database module has ABI ${got ?? 'none'}, but Electron ${version} needs ${wanted}.`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(built, target);
  fs.rmSync(stage, { recursive: true, force: true });
  return target;
}
