import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';

// The workflow that runs Rebound in Electron cannot run here; it is linted offline with
// action-validator (the published workflow schema) and its promises are pinned below.
const projectDir = path.resolve(import.meta.dirname, '../..');
const file = path.join(projectDir, '.github', 'workflows', 'desktop.yml');
const source = fs.readFileSync(file, 'utf8');

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      env: Record<string, string>;
      strategy: { matrix: { os: string[]; node: string[] } };
      steps: Step[];
    }
  >;
}
// js-yaml arrives with electron-builder and ships no types; one call needs none.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const workflow = yaml.load(source) as Workflow;
const job = Object.values(workflow.jobs)[0]!;
const steps = job.steps;
const runs = (predicate: (step: Step) => boolean) => steps.filter(predicate).map((step) => step.run ?? step.uses ?? '');
const onLinux = (step: Step) => step.if === "runner.os == 'Linux'";
const elsewhere = (step: Step) => step.if === "runner.os != 'Linux'";
const always = (step: Step) => step.if === undefined;

describe('.github/workflows/desktop.yml', () => {
  it('passes action-validator', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('is refused by action-validator when broken (the check can fail)', () => {
    expect(validateWorkflow(source.replace('runs-on:', 'run-on:')).errors.length).toBeGreaterThan(0);
    expect(validateWorkflow(source.replace('steps:', 'step:')).errors.length).toBeGreaterThan(0);
  });

  it('runs on Linux, macOS and Windows, on Node 20 everywhere', () => {
    const { os, node } = job.strategy.matrix;
    expect(os.some((name) => name.startsWith('ubuntu'))).toBe(true);
    expect(os.some((name) => name.startsWith('macos'))).toBe(true);
    expect(os.some((name) => name.startsWith('windows'))).toBe(true);
    expect(node).toEqual(['20']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
  });

  it('turns the Electron suite\u2019s skip into a failure', () => {
    expect(job.env.REBOUND_REQUIRE_ELECTRON).toBe('1');
  });

  it('installs with npm ci, then runs npm test, the Electron suite and npm run dist, in that order', () => {
    const order = ['npm ci', 'npm test', 'npx vitest run --project electron', 'npm run dist'];
    const at = order.map((command) => steps.findIndex((step) => step.run?.includes(command)));
    expect(
      at.every((index) => index >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('runs every Electron step under a virtual display on Linux, and plainly elsewhere', () => {
    expect(runs(onLinux)).toEqual(expect.arrayContaining(['xvfb-run -a npm test', 'xvfb-run -a npx vitest run --project electron']));
    expect(runs(elsewhere)).toEqual(expect.arrayContaining(['npm test', 'npx vitest run --project electron']));
    expect(runs(always)).toEqual(expect.arrayContaining(['npm ci', 'npm run dist']));
  });

  it('makes chrome-sandbox root-owned with mode 4755 on Linux instead of turning the sandbox off', () => {
    const sandbox = runs(onLinux).join('\n');
    expect(sandbox).toContain('sudo chown root:root node_modules/electron/dist/chrome-sandbox');
    expect(sandbox).toContain('sudo chmod 4755 node_modules/electron/dist/chrome-sandbox');
    expect(source).not.toMatch(/no-sandbox|ELECTRON_DISABLE_SANDBOX/);
  });

  it('keeps the installers as artifacts, failing when there are none', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    for (const kind of ['AppImage', 'deb', 'dmg', 'exe']) expect(upload?.with?.path).toContain(`dist/*.${kind}`);
  });

  it('names no download host in its comments', () => {
    const comments = source.split('\n').filter((line) => line.trim().startsWith('#'));
    expect(comments.length).toBeGreaterThan(0);
    for (const line of comments) expect(line, line).not.toMatch(/https?:|www\.|\b[\w-]+\.(com|org|io|net|dev|app)\b/i);
  });
});
