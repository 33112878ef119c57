import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error -- a plain .mjs helper shared with `npm start`; no types needed for two calls.
import { electronBinary, ensureElectronBinding } from '../../scripts/electron-runtime.mjs';
import type { TestProject } from 'vitest/node';
import { displayPlan, mustRunElectron } from './display';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The X display xvfb-run started for the suite, or '' to use the current one. */
    electronDisplay: string;
  }
}

const projectDir = path.resolve(import.meta.dirname, '../..');
/** Building better-sqlite3 for Electron takes about a minute; past this the suite fails instead of hanging. */
const nativeBuildLimitMs = Number(process.env.REBOUND_NATIVE_BUILD_TIMEOUT_MS ?? 10 * 60_000);

function withLimit<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

function hasXvfbRun(): boolean {
  return spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
}

/** Starts a throwaway X server through xvfb-run and returns its DISPLAY; the child keeps it alive. */
async function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x800x24', process.execPath, '-e', 'console.log(process.env.DISPLAY); setInterval(() => {}, 1 << 30)'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  );
  const display = await withLimit(
    new Promise<string>((resolve, reject) => {
      child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once('exit', (code) => reject(new Error(`xvfb-run ended early (${code})`)));
    }),
    30_000,
    'starting xvfb-run',
  );
  return { display, child };
}

/**
 * Before the Electron suite: a screen (xvfb-run where there is none), the
 * Electron-ABI copy of better-sqlite3 (own time limit), and a build.
 * Without a binary the suite skips, or fails when REBOUND_REQUIRE_ELECTRON=1.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  project.provide('electronDisplay', '');
  const binary = (electronBinary as () => string | null)();
  if (!binary) {
    if (mustRunElectron(process.env)) {
      throw new Error('REBOUND_REQUIRE_ELECTRON=1, but node_modules/electron has no binary: the Electron suite must run here.');
    }
    return undefined;
  }
  let teardown: (() => void) | undefined;
  const plan = displayPlan(process.platform, process.env, hasXvfbRun());
  if (plan === 'no-display') throw new Error('No display and no xvfb-run: install xvfb (apt-get install xvfb) to run the Electron suite.');
  if (plan === 'xvfb-run') {
    const { display, child } = await startXvfb();
    project.provide('electronDisplay', display);
    teardown = () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    };
  }
  await withLimit((ensureElectronBinding as () => Promise<string>)(), nativeBuildLimitMs, 'building better-sqlite3 for Electron');
  if (!fs.existsSync(path.join(projectDir, 'out/main/index.js')))
    execFileSync('npx', ['electron-vite', 'build'], { cwd: projectDir, stdio: 'inherit' });
  return teardown;
}
