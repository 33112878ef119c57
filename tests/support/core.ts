import { appOrigin } from '../../electron/main/appProtocol';
import type Database from 'better-sqlite3';
import { openCore, type Core, type CoreOptions } from '../../electron/core/startCore';
import type { Caller } from '../../electron/core/ipc/dispatch';
import { confSettingsBackend } from '../harness/server';

export const appCaller: Caller = { url: `${appOrigin}/index.html`, isMainFrame: true };

/** Core as a test sees it: main's narrow face, plus the database to check what was stored. */
export type TestCore = Core & { db: Database.Database };

/** The real core on a folder of the test's own, as main would start it. */
export async function startTestCore(dataDir: string, overrides: Partial<CoreOptions> = {}): Promise<TestCore> {
  const { core, context } = await openCore({
    dataDir,
    version: 'test',
    openSettings: confSettingsBackend,
    trustedOrigins: [appOrigin],
    openExternal: () => undefined,
    ...overrides,
  });
  return Object.assign(core, { db: context.db });
}

/**
 * What a channel answered, for a call the test expects to succeed: a refusal throws with the channel,
 * its code and its message, so a failing test says which call was refused and why.
 */
export async function dataOf<T>(core: Core, channel: string, payload?: unknown): Promise<T> {
  const result = await core.dispatch(channel, payload, appCaller);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}
