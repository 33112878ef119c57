import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../electron/core/ipc/api';
import type { Channel } from '../../electron/core/ipc/contract';
import type { StepAnswers } from '../../electron/core/reflection/schema';
import { useStepAutosave } from '../../renderer/src/reflect/useStepAutosave';

/**
 * The step autosave on its own, over a recording transport: when a change is
 * written (after a pause in typing, or at once when the page goes away) and
 * what is sent. Timers are fake, so "not yet" means "not before 400 ms of
 * quiet", never "not within a real wait".
 */

const sent: { channel: Channel; input: unknown }[] = [];
const saves = () => sent.filter((call) => call.channel === 'reflection:saveStep').map((call) => call.input);

const reflection = {
  currentStep: 1,
  finishedAt: null,
  moodBefore: null,
  moodAfter: null,
  recoveryUntil: null,
  startedAt: '2026-03-11T13:00:00.000Z',
};

beforeEach(() => {
  sent.length = 0;
  window.rebound = buildApi(
    async (channel, input) => {
      sent.push({ channel, input });
      return { ok: true, data: reflection };
    },
    () => () => undefined,
  );
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.restoreAllMocks();
  // The page's visibility goes back to the document's own.
  delete (document as unknown as { visibilityState?: string }).visibilityState;
});

const answers = (freeWriting: string): StepAnswers => ({ step: 1, feelings: [], intensity: null, freeWriting, recoveryHours: null });

/** Lets the save queue's promises run, without moving the clock. */
const settle = () =>
  act(async () => {
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  });

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('the step autosave', () => {
  it('writes 400 ms after the last change, once, with the latest answers', async () => {
    const { result } = renderHook(() => useStepAutosave(7));
    act(() => result.current.change(answers('first')));
    await act(() => vi.advanceTimersByTimeAsync(300));
    act(() => result.current.change(answers('first words')));
    await act(() => vi.advanceTimersByTimeAsync(399));
    expect(saves()).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    await settle();
    expect(saves()).toEqual([{ rejectionId: 7, answers: answers('first words') }]);
    expect(result.current.state).toEqual({ kind: 'saved' });
  });

  it('writes a pending change at once when the step unmounts, and only once', async () => {
    const { result, unmount } = renderHook(() => useStepAutosave(7));
    act(() => result.current.change(answers('typed just before leaving')));
    unmount();
    await settle();
    expect(saves()).toEqual([{ rejectionId: 7, answers: answers('typed just before leaving') }]);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saves()).toHaveLength(1);
  });

  it('writes a pending change at once when the window is hidden (closed to the tray, minimised)', async () => {
    const { result } = renderHook(() => useStepAutosave(7));
    act(() => result.current.change(answers('typed before closing the window')));
    setVisibility('hidden');
    await settle();
    expect(saves()).toEqual([{ rejectionId: 7, answers: answers('typed before closing the window') }]);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(saves()).toHaveLength(1);
  });

  it('does not write early when the window comes back into view', async () => {
    const { result } = renderHook(() => useStepAutosave(7));
    act(() => result.current.change(answers('still typing')));
    setVisibility('visible');
    await settle();
    expect(saves()).toEqual([]);
  });

  it('writes a pending change at once when the page is unloaded or reloaded', async () => {
    const { result } = renderHook(() => useStepAutosave(7));
    act(() => result.current.change(answers('typed before a reload')));
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(saves()).toEqual([{ rejectionId: 7, answers: answers('typed before a reload') }]);
    act(() => result.current.change(answers('typed before quitting')));
    window.dispatchEvent(new Event('beforeunload'));
    await settle();
    expect(saves()).toHaveLength(2);
  });

  it('stops listening once the step is gone: a later hide writes nothing more', async () => {
    // Every (target, event, listener) added and not yet removed.
    const listening: [EventTarget, string, unknown][] = [];
    const indexOf = (target: EventTarget, type: string, listener: unknown) =>
      listening.findIndex(([t, ty, l]) => t === target && ty === type && l === listener);
    for (const target of [window, document] as EventTarget[]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        listening.push([target, type, listener]);
        add(type, listener, options);
      });
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        const index = indexOf(target, type, listener);
        if (index >= 0) listening.splice(index, 1);
        remove(type, listener, options);
      });
    }
    const { result, unmount } = renderHook(() => useStepAutosave(7));
    expect(listening.map(([, type]) => type).sort()).toEqual(['beforeunload', 'pagehide', 'visibilitychange']);
    act(() => result.current.change(answers('kept')));
    unmount();
    await settle();
    setVisibility('hidden');
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(saves()).toHaveLength(1);
    expect(listening).toEqual([]);
  });

  it('sends nothing, now or later, for an answer its schema refuses, and says why beside the field', async () => {
    const { result, unmount } = renderHook(() => useStepAutosave(7));
    act(() => result.current.change({ step: 1, feelings: [], intensity: 11, freeWriting: 'x', recoveryHours: null }));
    expect(Object.keys(result.current.errors)).toEqual(['intensity']);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    setVisibility('hidden');
    unmount();
    await settle();
    expect(saves()).toEqual([]);
  });
});
