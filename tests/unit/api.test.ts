import { describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../electron/core/ipc/api';
import { channels, eventNames } from '../../electron/core/ipc/contract';

describe('the API built from the contract', () => {
  it('has one named method per channel, grouped by domain, and nothing else', () => {
    const api = buildApi(vi.fn(), vi.fn()) as unknown as Record<string, Record<string, unknown>>;
    const methods = Object.entries(api)
      .filter(([domain]) => domain !== 'on')
      .flatMap(([domain, group]) => Object.keys(group).map((verb) => `${domain}:${verb}`));
    expect(methods.sort()).toEqual([...channels].sort());
    expect(Object.keys(api.on ?? {}).sort()).toEqual([...eventNames].sort());
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('send');
  });

  it('sends each method down its own channel with the input untouched', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, data: 'x' }));
    const api = buildApi(invoke, vi.fn());
    await api.settings.update({ theme: 'dark' });
    await api.app.info();
    expect(invoke).toHaveBeenNthCalledWith(1, 'settings:update', { theme: 'dark' });
    expect(invoke).toHaveBeenNthCalledWith(2, 'app:info', undefined);
  });

  it('returns an unsubscribe from each event subscription', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const api = buildApi(vi.fn(), subscribe);
    const listener = vi.fn();
    const off = api.on['data:changed'](listener);
    expect(subscribe).toHaveBeenCalledWith('data:changed', listener);
    off();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('refuses a listener that is not a function', () => {
    const api = buildApi(vi.fn(), vi.fn());
    expect(() => api.on['nav:open']('oops' as never)).toThrow(TypeError);
    // The message names the event, so the mistake is easy to find.
    expect(() => api.on['data:changed'](42 as never)).toThrow(/data:changed/);
  });

  it('cannot be changed by the page', () => {
    const api = buildApi(vi.fn(), vi.fn());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.settings)).toBe(true);
  });
});
