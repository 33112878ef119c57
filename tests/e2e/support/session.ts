import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Harness } from '../../harness/server';
import { launchChromium, watchForOutsideRequests } from './browser';
import { startBuiltHarness } from './harness';

export interface E2eSession {
  browser: Browser;
  harness: Harness;
  dataDir: string;
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine in the current test; checked empty after each test. */
  outside: string[];
  /** What Electron's relaunch does: stop the app and start it again on the same data folder. */
  restart(): Promise<Harness>;
}

/**
 * One e2e file's world: a fresh data folder, the harness over the built
 * renderer, one Chromium; a fresh page per test; and after every test, the
 * privacy check that nothing left the machine.
 */
export function e2eSession(name: string, viewport = { width: 1040, height: 720 }): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    session.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `rebound-e2e-${name}-`));
    session.harness = await startBuiltHarness(session.dataDir);
    session.browser = await launchChromium();
    session.restart = async () => {
      await session.harness.close();
      session.harness = await startBuiltHarness(session.dataDir);
      return session.harness;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.harness?.close();
    if (session.dataDir) fs.rmSync(session.dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    session.context = await session.browser.newContext({ viewport });
    session.page = await session.context.newPage();
    session.outside = watchForOutsideRequests(session.page);
  });
  afterEach(async () => {
    await session.context.close();
    // Privacy: nothing in this test left the machine.
    expect(session.outside).toEqual([]);
  });
  return session;
}
