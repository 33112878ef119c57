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

/** Where Electron keeps Chromium's setuid sandbox helper on Linux. */
export function chromeSandboxPath() {
  return path.join(electronDir, 'dist', 'chrome-sandbox');
}

/**
 * Why Electron would abort at once on this Linux system, as the one sentence
 * to show, or null when it can start. A pure function of what the caller read:
 *
 * - `uid`: the user running `npm start`. Electron refuses to run as root with
 *   its sandbox on, whatever chrome-sandbox looks like.
 * - `helper`: chrome-sandbox's owner and mode (null when it is missing).
 * - `usernsRestricted`: /proc/sys/kernel/apparmor_restrict_unprivileged_userns
 *   is 1 (Ubuntu 24.04 and later), or unprivileged user namespaces are off
 *   altogether (kernel.unprivileged_userns_clone = 0). Chromium then needs the
 *   setuid helper: owned by root, mode 4755.
 *
 * It never suggests --no-sandbox: Rebound runs with the sandbox on or not at all.
 */
export function sandboxProblem({ platform, uid, helper, helperPath, usernsRestricted }) {
  if (platform !== 'linux') return null;
  if (uid === 0) {
    return (
      'Rebound cannot start as root: Electron refuses to run as root with its sandbox on, and Rebound never turns ' +
      'the sandbox off, so start it again as your everyday user.'
    );
  }
  if (!usernsRestricted || !helper) return null;
  const ready = helper.uid === 0 && (helper.mode & 0o7777) === 0o4755;
  if (ready) return null;
  return (
    'Rebound cannot start yet: this system limits the user namespaces Electron sandboxes itself with, so its ' +
    `sandbox helper must belong to root with mode 4755; run "sudo chown root:root '${helperPath}' && sudo chmod 4755 ` +
    `'${helperPath}'" once and then "npm start" again.`
  );
}

function readProc(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Reads what sandboxProblem needs from this machine. */
export function sandboxFacts() {
  const helperPath = chromeSandboxPath();
  let helper = null;
  try {
    const stat = fs.statSync(helperPath);
    helper = { uid: stat.uid, mode: stat.mode };
  } catch {
    helper = null;
  }
  const usernsRestricted =
    readProc('/proc/sys/kernel/apparmor_restrict_unprivileged_userns') === '1' ||
    readProc('/proc/sys/kernel/unprivileged_userns_clone') === '0' ||
    readProc('/proc/sys/user/max_user_namespaces') === '0';
  return { platform: process.platform, uid: process.getuid?.() ?? null, helper, helperPath, usernsRestricted };
}

/** electron-builder's flag for the system it is running on; it packages for that system only. */
const builderFlags = { linux: '--linux', darwin: '--mac', win32: '--win' };

/**
 * What `npm run dist` does: package for this system, or say in one sentence
 * why it cannot. Packaging downloads Electron for each target, so a machine
 * where even the runtime could not be fetched cannot package either.
 */
export function distPlan({ platform, hasElectron }) {
  const flag = builderFlags[platform];
  if (!flag) {
    return { ok: false, message: `Rebound has no installer for ${platform}: "npm run dist" packages on Linux, macOS and Windows.` };
  }
  if (!hasElectron) {
    return {
      ok: false,
      message:
        'Rebound cannot be packaged here: packaging needs the Electron download, which is not possible on this ' +
        'machine, so run "npm run dist" where it is (the desktop workflow does this on every system).',
    };
  }
  return { ok: true, args: [flag, '--publish', 'never'] };
}
