import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { textsWithNul } from '../../electron/core/ipc/storableText';
import { createDispatcher, describeInputError, isTrustedCaller, originOf, type Handlers } from '../../electron/core/ipc/dispatch';
import { channels, contract, eventNames, eventWireName, isChannel } from '../../electron/core/ipc/contract';
import { DomainError } from '../../electron/core/ipc/result';
import { defaultSettings } from '../../electron/core/settings/schema';

const trusted = { url: 'app://rebound/index.html', isMainFrame: true };

// Only the shell's channels get fakes here; feature channels are tested through their own suites.
function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const unexpected = Object.fromEntries(
    channels.map((channel) => [
      channel,
      () => {
        throw new Error(`unexpected call to ${channel}`);
      },
    ]),
  );
  return {
    ...unexpected,
    'app:info': () => ({ version: '1', dataDir: '/tmp', notices: [] }),
    'app:dismissNotice': () => ({ dismissed: true }),
    'app:openExternal': () => ({ opened: true }),
    'settings:get': () => defaultSettings,
    'settings:update': () => defaultSettings,
    ...overrides,
  } as Handlers;
}

describe('the dispatcher', () => {
  it('answers a valid call from the app with ok and the data', async () => {
    const dispatch = createDispatcher(fakeHandlers(), { trustedOrigins: ['app://rebound'] });
    await expect(dispatch('app:info', undefined, trusted)).resolves.toEqual({
      ok: true,
      data: { version: '1', dataDir: '/tmp', notices: [] },
    });
  });

  it('refuses an unknown channel, including prototype names', async () => {
    const dispatch = createDispatcher(fakeHandlers(), { trustedOrigins: ['app://rebound'] });
    for (const name of ['nope:nothing', '__proto__', 'constructor', 'toString', 42, null]) {
      const result = await dispatch(name, undefined, trusted);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it.each([
    ['another origin', { url: 'https://evil.example/index.html', isMainFrame: true }],
    ['a subframe of the app', { url: 'app://rebound/index.html', isMainFrame: false }],
    ['a frame that is gone', { url: undefined, isMainFrame: true }],
    ['a file: page', { url: 'file:///etc/passwd', isMainFrame: true }],
    ['a look-alike host', { url: 'app://rebound.evil/index.html', isMainFrame: true }],
  ])('refuses a call from %s and never runs the handler', async (_name, caller) => {
    const handler = vi.fn(() => defaultSettings);
    const dispatch = createDispatcher(fakeHandlers({ 'settings:update': handler }), { trustedOrigins: ['app://rebound'] });
    const result = await dispatch('settings:update', { theme: 'dark' }, caller);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects invalid input with a message per field and never runs the handler', async () => {
    const handler = vi.fn(() => defaultSettings);
    const dispatch = createDispatcher(fakeHandlers({ 'settings:update': handler }), { trustedOrigins: ['app://rebound'] });
    const result = await dispatch('settings:update', { targets: { apply: -1 } }, trusted);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields?.['targets.apply']).toMatch(/negative/);
    expect(result.error.message).toMatch(/^targets\.apply: /);
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a DomainError through with its code and fields', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'app:dismissNotice': () => {
          throw new DomainError('not_found', 'That notice is gone.', { id: 'unknown' });
        },
      }),
      { trustedOrigins: ['app://rebound'] },
    );
    await expect(dispatch('app:dismissNotice', { id: 'x' }, trusted)).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That notice is gone.', fields: { id: 'unknown' } },
    });
  });

  it('never lets a raw exception or its message cross, and logs it instead', async () => {
    const logError = vi.fn();
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings:get': () => {
          throw new Error('SQLITE_CORRUPT at /home/someone/secret');
        },
      }),
      { trustedOrigins: ['app://rebound'], logError },
    );
    const result = await dispatch('settings:get', undefined, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('answers each refusal of the gate in our own words (from content/views.json errors)', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings:get': () => {
          throw new Error('boom');
        },
      }),
      { trustedOrigins: ['app://rebound'] },
    );
    const messageOf = async (channel: unknown, caller = trusted) => {
      const result = await dispatch(channel, undefined, caller);
      return result.ok ? null : result.error.message;
    };
    await expect(messageOf('nope:nothing')).resolves.toBe('Rebound does not know that request.');
    await expect(messageOf('settings:get', { url: 'https://evil.example/', isMainFrame: true })).resolves.toBe(
      'That request did not come from Rebound itself.',
    );
    await expect(messageOf('settings:get')).resolves.toBe('Something went wrong on our side; nothing was changed.');
  });

  it('refuses a channel name that is not text, even one that reads as a real channel', async () => {
    const dispatch = createDispatcher(fakeHandlers(), { trustedOrigins: ['app://rebound'] });
    for (const name of [['app:info'], { toString: () => 'app:info' }, new String('app:info')]) {
      expect(isChannel(name)).toBe(false);
      expect(await dispatch(name, undefined, trusted)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('gives every refusal a sentence to show, never an empty message', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings:get': () => {
          throw new Error('boom');
        },
      }),
      { trustedOrigins: ['app://rebound'] },
    );
    const refusals = [
      await dispatch('nope:nothing', undefined, trusted),
      await dispatch('app:info', undefined, { url: 'https://evil.example/', isMainFrame: true }),
      await dispatch('settings:get', undefined, trusted),
    ];
    expect(refusals.map((result) => !result.ok && result.error.code)).toEqual(['unknown_channel', 'forbidden', 'internal']);
    for (const result of refusals) {
      if (result.ok) throw new Error('expected a refusal');
      expect(result.error.message).toMatch(/^[A-Z].{15,}\.$/);
    }
  });

  it('still answers internal when no logger was given', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'settings:get': () => {
          throw new Error('boom');
        },
      }),
      { trustedOrigins: ['app://rebound'] },
    );
    await expect(dispatch('settings:get', undefined, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('answers a mutation with ok when nobody listens for mutations', async () => {
    const dispatch = createDispatcher(fakeHandlers(), { trustedOrigins: ['app://rebound'] });
    await expect(dispatch('settings:update', { theme: 'dark' }, trusted)).resolves.toEqual({ ok: true, data: defaultSettings });
  });

  it('shows a whole-input problem without a field name in front', async () => {
    const dispatch = createDispatcher(fakeHandlers(), { trustedOrigins: ['app://rebound'] });
    const result = await dispatch('app:dismissNotice', 'not an object', trusted);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('invalid_input');
    expect(Object.keys(result.error.fields ?? {})).toEqual(['_']);
    expect(result.error.message).toBe(result.error.fields?._);
    expect(result.error.message).not.toMatch(/^_/);
  });

  it('describes a validation error with no issues as input it did not understand, not as a blank', () => {
    const described = describeInputError(new z.ZodError([]));
    expect(described.code).toBe('invalid_input');
    expect(described.fields).toEqual({});
    expect(described.message).toMatch(/^[A-Z].{10,}\.$/);
  });

  it('reports successful mutations only', async () => {
    const onMutation = vi.fn();
    const dispatch = createDispatcher(fakeHandlers(), { trustedOrigins: ['app://rebound'], onMutation });
    await dispatch('settings:get', undefined, trusted);
    await dispatch('settings:update', { theme: 'nope' }, trusted);
    expect(onMutation).not.toHaveBeenCalled();
    await dispatch('settings:update', { theme: 'dark' }, trusted);
    expect(onMutation).toHaveBeenCalledWith('settings:update');
  });
});

describe('the contract', () => {
  it('names every channel domain:verb with a zod schema', () => {
    for (const channel of channels) {
      expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
      expect(contract[channel].input).toBeInstanceOf(z.ZodType);
    }
  });

  it('refuses extra fields on object inputs rather than ignoring them', () => {
    expect(contract['settings:update'].input.safeParse({ theme: 'dark', sneaky: 1 }).success).toBe(false);
    expect(contract['app:dismissNotice'].input.safeParse({ id: 'a', __proto__: { x: 1 }, extra: 1 }).success).toBe(false);
    expect(contract['app:info'].input.safeParse({}).success).toBe(false);
  });
});

describe('sender origins', () => {
  it.each([
    ['app://rebound/index.html', 'app://rebound'],
    ['app://rebound/', 'app://rebound'],
    ['http://127.0.0.1:5173/x', 'http://127.0.0.1:5173'],
    ['https://example.com:443/x', 'https://example.com'],
    // A blob: URL has the origin of the page that made it (URL standard).
    ['blob:https://example.com/3f1c', 'https://example.com'],
    ['', null],
    ['not a url', null],
    [undefined, null],
  ])('originOf(%s) is %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it('gives each URL its own origin when asked again, past the 64 it keeps, a foreign one never taken for ours', () => {
    // Alike at the start, different origins: a key cut short would take one for the other.
    const urls = Array.from({ length: 100 }, (_, at) =>
      at % 2
        ? [`app://rebound/index.html#/plan/${at}`, 'app://rebound']
        : [`app://rebound.example/index.html#/plan/${at}`, 'app://rebound.example'],
    );
    for (const round of [1, 2]) {
      for (const [url, origin] of urls) expect(originOf(url), `round ${round}: ${url}`).toBe(origin);
    }
    expect(originOf('not a url')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });

  it('trusts only listed origins from a main frame', () => {
    expect(isTrustedCaller(trusted, ['app://rebound'])).toBe(true);
    expect(isTrustedCaller(trusted, [])).toBe(false);
  });
});

describe('events and errors', () => {
  it('sends events on wire names that can never be taken for a channel', () => {
    expect(eventWireName('data:changed')).toBe('event:data:changed');
    for (const name of eventNames) {
      expect(eventWireName(name).startsWith('event:')).toBe(true);
      expect(isChannel(eventWireName(name))).toBe(false);
    }
  });

  it('names a DomainError as such, for the log', () => {
    const error = new DomainError('not_found', 'That is gone.');
    expect(error.name).toBe('DomainError');
    expect(String(error)).toBe('DomainError: That is gone.');
  });
});

describe('text the store cannot keep', () => {
  it('refuses text holding a NUL beside its field, before any handler runs', async () => {
    let ran = false;
    const dispatch = createDispatcher(
      fakeHandlers({
        'app:dismissNotice': () => {
          ran = true;
          return { dismissed: true };
        },
      }),
      { trustedOrigins: ['app://rebound'] },
    );
    const result = await dispatch('app:dismissNotice', { id: '\u0000settings-reset' }, trusted);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { id: expect.stringMatching(/control character/) } },
    });
    expect(ran).toBe(false);
    expect(await dispatch('app:dismissNotice', { id: 'settings-reset' }, trusted)).toMatchObject({ ok: true });
  });

  it('finds a NUL at any depth and names its path', () => {
    expect(textsWithNul({ a: 'fine', b: ['ok', 'x\u0000y'], c: { d: '\u0000' } })).toEqual(['b.1', 'c.d']);
    expect(textsWithNul('\u0000')).toEqual(['_']);
    expect(textsWithNul({ a: 1, b: null, c: ['plain'] })).toEqual([]);
  });
});
