import { appOrigin } from '../../electron/main/appProtocol';
import { startCore, type Core, type CoreOptions } from '../../electron/core/startCore';
import type { Caller } from '../../electron/core/ipc/dispatch';
import { confSettingsBackend } from '../harness/server';

export const appCaller: Caller = { url: `${appOrigin}/index.html`, isMainFrame: true };

/** The real core on a folder of the test's own, as main would start it. */
export function startTestCore(dataDir: string, overrides: Partial<CoreOptions> = {}): Promise<Core> {
  return startCore({
    dataDir,
    version: 'test',
    openSettings: confSettingsBackend,
    trustedOrigins: [appOrigin],
    openExternal: () => undefined,
    ...overrides,
  });
}
