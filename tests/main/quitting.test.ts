import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/startCore';
import { createQuitting } from '../../electron/main/quitting';

// quitting.ts never imports electron: main hands it app.exit. The ends are driven here as Electron would
// emit them (will-quit with an event to prevent; a window's session-end; powerMonitor's shutdown).

function fakeCore(writing: boolean) {
  let finish: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const closing = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const core = {
    importWriting: vi.fn(() => writing),
    close: vi.fn(() => closing),
    closeNow: vi.fn(),
  };
  return { core, finish: () => finish(), fail: (error: Error) => fail(error) };
}

function setup(writing: boolean) {
  const fake = fakeCore(writing);
  const release = vi.fn();
  const exit = vi.fn();
  const log = vi.fn();
  const quitting = createQuitting({ core: () => fake.core as unknown as Core, release, exit, log });
  const event = () => ({ preventDefault: vi.fn() });
  // Lets the close's promise chain run (it is awaited, not timed).
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { ...fake, release, exit, log, quitting, event, settle };
}

describe('quitting (main glue, Electron not loaded)', () => {
  it('will-quit while an import is written: held once, the store closed after the worker, then app.exit(0)', async () => {
    const s = setup(true);
    const first = s.event();
    s.quitting.willQuit(first);
    expect(first.preventDefault).toHaveBeenCalledTimes(1);
    expect(s.release).toHaveBeenCalledTimes(1);
    expect(s.core.close).toHaveBeenCalledTimes(1);
    expect(s.core.closeNow).not.toHaveBeenCalled();
    await s.settle();
    // core.close() has not resolved (the worker's thread has not ended): the app has not ended.
    expect(s.exit).not.toHaveBeenCalled();
    // A second quit meanwhile (the tray's Quit clicked again) is held too, and starts nothing new.
    const second = s.event();
    s.quitting.willQuit(second);
    expect(second.preventDefault).toHaveBeenCalledTimes(1);
    expect(s.core.close).toHaveBeenCalledTimes(1);
    s.finish();
    await s.settle();
    expect(s.exit).toHaveBeenCalledTimes(1);
    expect(s.exit).toHaveBeenCalledWith(0);
    expect(s.quitting.closed()).toBe(true);
    // After it, nothing is held or closed again.
    const third = s.event();
    s.quitting.willQuit(third);
    expect(third.preventDefault).not.toHaveBeenCalled();
    expect(s.core.closeNow).not.toHaveBeenCalled();
  });

  it('will-quit with nothing being written: closed there and then, the quit goes on', () => {
    const s = setup(false);
    const first = s.event();
    s.quitting.willQuit(first);
    expect(first.preventDefault).not.toHaveBeenCalled();
    expect(s.core.closeNow).toHaveBeenCalledTimes(1);
    expect(s.core.close).not.toHaveBeenCalled();
    expect(s.release).toHaveBeenCalledTimes(1);
    expect(s.exit).not.toHaveBeenCalled();
    s.quitting.willQuit(s.event());
    expect(s.core.closeNow).toHaveBeenCalledTimes(1);
    expect(s.release).toHaveBeenCalledTimes(1);
  });

  it("Windows' session end while an import is written: closed now, nothing waited for; a later will-quit does nothing", () => {
    const s = setup(true);
    s.quitting.sessionEnd();
    expect(s.core.closeNow).toHaveBeenCalledTimes(1);
    expect(s.core.close).not.toHaveBeenCalled();
    const later = s.event();
    s.quitting.willQuit(later);
    expect(later.preventDefault).not.toHaveBeenCalled();
    expect(s.core.closeNow).toHaveBeenCalledTimes(1);
  });

  it('a shutdown during a held close cuts it short: the store is closed now', () => {
    const s = setup(true);
    s.quitting.willQuit(s.event());
    s.quitting.shutdown();
    expect(s.core.closeNow).toHaveBeenCalledTimes(1);
  });

  it('a close that fails is logged and the app still exits', async () => {
    const s = setup(true);
    s.quitting.willQuit(s.event());
    s.fail(new Error('disk gone'));
    await s.settle();
    expect(s.log).toHaveBeenCalledWith('quit: close', expect.objectContaining({ message: 'disk gone' }));
    expect(s.exit).toHaveBeenCalledWith(0);
  });
});

describe('quitting: a close that throws at once', () => {
  it('is logged and the app still exits (the quit was held, so nothing else would end it)', async () => {
    const exit = vi.fn();
    const log = vi.fn();
    const core = {
      importWriting: () => true,
      close: () => {
        throw new Error('closed twice');
      },
      closeNow: vi.fn(),
    };
    const quitting = createQuitting({ core: () => core as unknown as Core, release: vi.fn(), exit, log });
    quitting.willQuit({ preventDefault: vi.fn() });
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toHaveBeenCalledWith('quit: close', expect.objectContaining({ message: 'closed twice' }));
    expect(exit).toHaveBeenCalledWith(0);
  });
});
