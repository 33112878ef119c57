import { describe, expect, it, vi } from 'vitest';
import { appHandlers, type AppDeps } from '../../electron/core/app/handlers';
import type { Notice } from '../../electron/core/app/contract';
import { DomainError } from '../../electron/core/ipc/result';

// Survivors of the app row's mutation run (session 6): which notice a dismissal removes, what it answers,
// the field a refused link names, and app:ready from a harness that gave no pageReady.

const settingsReset: Notice = { id: 'settings-reset', kind: 'settingsReset', message: 'Your settings were reset.' };
const recovered: Notice = { id: 'database-recovered', kind: 'databaseRecovered', message: 'Your data was recovered.' };

function handlers(overrides: Partial<AppDeps> = {}) {
  return appHandlers({
    version: '1.2.3',
    dataDir: '/data/Rebound',
    notices: [settingsReset, recovered],
    openExternal: () => undefined,
    ...overrides,
  });
}

async function noticesOf(app: ReturnType<typeof handlers>): Promise<string[]> {
  return (await app['app:info'](undefined)).notices.map((notice) => notice.id);
}

describe('dismissing a notice', () => {
  it('dismissing the second of two keeps the first', async () => {
    const app = handlers();
    expect(await app['app:dismissNotice']({ id: 'database-recovered' })).toEqual({ dismissed: true });
    expect(await noticesOf(app)).toEqual(['settings-reset']);
  });

  it('dismissing the first answers true and keeps the second', async () => {
    const app = handlers();
    expect(await app['app:dismissNotice']({ id: 'settings-reset' })).toEqual({ dismissed: true });
    expect(await noticesOf(app)).toEqual(['database-recovered']);
  });

  it('an id that is not shown answers false and keeps every notice', async () => {
    const app = handlers();
    expect(await app['app:dismissNotice']({ id: 'restored' })).toEqual({ dismissed: false });
    expect(await noticesOf(app)).toEqual(['settings-reset', 'database-recovered']);
  });

  it('the same notice twice: true, then false, and the other stays', async () => {
    const app = handlers();
    await app['app:dismissNotice']({ id: 'settings-reset' });
    expect(await app['app:dismissNotice']({ id: 'settings-reset' })).toEqual({ dismissed: false });
    expect(await noticesOf(app)).toEqual(['database-recovered']);
  });

  it("leaves the caller's list alone (each core keeps its own copy)", async () => {
    const notices = [settingsReset, recovered];
    const app = handlers({ notices });
    await app['app:dismissNotice']({ id: 'settings-reset' });
    expect(notices.map((notice) => notice.id)).toEqual(['settings-reset', 'database-recovered']);
  });
});

describe('a refused link', () => {
  it('names the url field with the kinds of link that open, and opens nothing', async () => {
    const openExternal = vi.fn();
    const app = handlers({ openExternal });
    const refusal = await Promise.resolve(app['app:openExternal']({ url: 'ftp://files.example.com/' })).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({
      code: 'invalid_input',
      message: 'Rebound only opens web links (http or https) and email links.',
      fields: { url: 'Only http, https and mailto links can be opened.' },
    });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('app:ready', () => {
  it('answers ready when the harness gave no pageReady (the web build and the tests)', async () => {
    const app = handlers();
    expect(() => app['app:ready'](undefined)).not.toThrow();
    expect(await app['app:ready'](undefined)).toEqual({ ready: true });
  });
});
