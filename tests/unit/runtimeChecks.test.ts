import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs shared with `npm start` and `npm run dist`; the shapes are typed below.
import * as runtime from '../../scripts/electron-runtime.mjs';

interface SandboxFacts {
  platform: NodeJS.Platform;
  uid: number | null;
  helper: { uid: number; mode: number } | null;
  helperPath: string;
  usernsRestricted: boolean;
}
type DistPlan = { ok: true; args: string[] } | { ok: false; message: string };
const { sandboxProblem, distPlan } = runtime as {
  sandboxProblem(facts: SandboxFacts): string | null;
  distPlan(input: { platform: NodeJS.Platform; hasElectron: boolean }): DistPlan;
};

const helperPath = '/home/sam/rebound/node_modules/electron/dist/chrome-sandbox';
// File modes as stat reports them: S_IFREG (0o100000) plus the permission bits.
const setuidRoot = { uid: 0, mode: 0o104755 };
const plainUser = { uid: 1000, mode: 0o100755 };
const rootNoSetuid = { uid: 0, mode: 0o100755 };
const setuidNotRoot = { uid: 1000, mode: 0o104755 };
const setuidGroupWritable = { uid: 0, mode: 0o104775 };

const facts = (overrides: Partial<SandboxFacts>): SandboxFacts => ({
  platform: 'linux',
  uid: 1000,
  helper: plainUser,
  helperPath,
  usernsRestricted: false,
  ...overrides,
});

function isOneSentence(text: string) {
  return !text.includes('\n') && text.trim().endsWith('.') && !/\.\s+[A-Z]/.test(text);
}

describe('whether Electron can start with its sandbox here (npm start)', () => {
  const starts: Array<[string, Partial<SandboxFacts>]> = [
    ['an ordinary user where namespaces are allowed, helper not setuid (Chromium uses namespaces)', {}],
    ['namespaces restricted, helper already root-owned with 4755', { usernsRestricted: true, helper: setuidRoot }],
    ['namespaces restricted but no helper file to judge (Electron reports that itself)', { usernsRestricted: true, helper: null }],
    ['macOS, even as root', { platform: 'darwin', uid: 0, usernsRestricted: true, helper: plainUser }],
    ['Windows (no uid)', { platform: 'win32', uid: null }],
  ];
  it.each(starts)('starts: %s', (_name, overrides) => {
    expect(sandboxProblem(facts(overrides))).toBeNull();
  });

  const blocked: Array<[string, Partial<SandboxFacts>]> = [
    ['restricted, helper owned by the user', { usernsRestricted: true, helper: plainUser }],
    ['restricted, helper root-owned without the setuid bit', { usernsRestricted: true, helper: rootNoSetuid }],
    ['restricted, helper setuid but not root-owned', { usernsRestricted: true, helper: setuidNotRoot }],
    [
      'restricted, helper setuid root but group-writable (Chromium wants exactly 4755)',
      { usernsRestricted: true, helper: setuidGroupWritable },
    ],
  ];
  it.each(blocked)('explains the helper fix: %s', (_name, overrides) => {
    const message = sandboxProblem(facts(overrides));
    expect(message).toEqual(expect.any(String));
    expect(isOneSentence(message as string)).toBe(true);
    expect(message).toContain(`sudo chown root:root '${helperPath}' && sudo chmod 4755 '${helperPath}'`);
    expect(message).toContain('npm start');
    expect(message).not.toMatch(/no-sandbox/i);
  });

  it('tells root to start as an everyday user, whatever the helper looks like, and never offers --no-sandbox', () => {
    for (const helper of [setuidRoot, plainUser, null]) {
      const message = sandboxProblem(facts({ uid: 0, helper, usernsRestricted: false }));
      expect(message).toMatch(/as root/);
      expect(message).toMatch(/everyday user/);
      expect(isOneSentence(message as string)).toBe(true);
      expect(message).not.toMatch(/no-sandbox/i);
    }
  });
});

describe('what npm run dist does', () => {
  it.each([
    ['linux', '--linux'],
    ['darwin', '--mac'],
    ['win32', '--win'],
  ] as const)('packages for %s only, and publishes nothing', (platform, flag) => {
    expect(distPlan({ platform, hasElectron: true })).toEqual({ ok: true, args: [flag, '--publish', 'never'] });
  });

  it('says in one sentence that packaging needs the Electron download where it is impossible', () => {
    const plan = distPlan({ platform: 'linux', hasElectron: false });
    expect(plan.ok).toBe(false);
    const message = (plan as { message: string }).message;
    expect(message).toMatch(/needs the Electron download/);
    expect(isOneSentence(message)).toBe(true);
  });

  it('names the systems it can package on when asked on another', () => {
    const plan = distPlan({ platform: 'freebsd', hasElectron: true });
    expect(plan).toEqual({ ok: false, message: expect.stringMatching(/freebsd.*Linux, macOS and Windows/) });
  });
});

describe('the launch scripts', () => {
  const read = (file: string) => fs.readFileSync(path.join(import.meta.dirname, '../../scripts', file), 'utf8');

  it('never turn the sandbox off, and npm start checks it before launching Electron', () => {
    for (const file of ['start.mjs', 'dist.mjs', 'electron-runtime.mjs']) {
      const code = read(file).replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, file).not.toMatch(/['"`]--no-sandbox|disable-setuid-sandbox|ELECTRON_DISABLE_SANDBOX/);
    }
    const start = read('start.mjs');
    expect(start.indexOf('sandboxProblem(sandboxFacts())')).toBeGreaterThan(-1);
    expect(start.indexOf('sandboxProblem(sandboxFacts())')).toBeLessThan(start.indexOf('spawn(process.execPath'));
  });
});
