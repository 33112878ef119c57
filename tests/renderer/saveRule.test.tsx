import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../electron/core/ipc/api';
import type { Channel } from '../../electron/core/ipc/contract';
import type { Week } from '../../electron/core/planner/schema';
import { defaultSettings } from '../../electron/core/settings/schema';
import type { IpcError } from '../../electron/core/ipc/result';
import { useAutosave } from '../../renderer/src/components/useAutosave';
import { useFieldAutosave } from '../../renderer/src/components/useFieldAutosave';
import { createQueryClient } from '../../renderer/src/ipc/queries';
import { DayPlanEditor } from '../../renderer/src/plan/DayPlanEditor';
import { TargetsForm } from '../../renderer/src/plan/TargetsForm';
import { RemindersForm } from '../../renderer/src/settings/RemindersForm';
import { StartupSection } from '../../renderer/src/settings/StartupSection';

/**
 * Rebound's one save rule, on its own and in the Plan and Settings forms
 * that follow it, over a recording transport: when a change is written
 * (after a pause in typing, or at once on blur, unmount or a hidden window)
 * and what is sent. Timers are fake, so "not yet" means "not before 400 ms
 * of quiet", never "not within a real wait".
 */

const sent: { channel: Channel; input: unknown }[] = [];
const sentOn = (channel: Channel) => sent.filter((call) => call.channel === channel).map((call) => call.input);
/** The next answer for a channel, when a test wants a refusal. */
const refusals = new Map<Channel, IpcError>();

beforeEach(() => {
  sent.length = 0;
  refusals.clear();
  window.rebound = buildApi(
    async (channel, input) => {
      sent.push({ channel, input });
      const refusal = refusals.get(channel);
      if (refusal) return { ok: false, error: refusal };
      if (channel === 'companion:setShortcut') return { ok: true, data: { shortcut: input } };
      return { ok: true, data: defaultSettings };
    },
    () => () => undefined,
  );
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete (document as unknown as { visibilityState?: string }).visibilityState;
});

/** Lets queued saves run, without moving the clock. */
const settle = () =>
  act(async () => {
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  });

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

const withQuery = (ui: React.ReactNode) => render(<QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>);

const week: Week = {
  weekStart: '2026-11-23',
  days: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'],
  planned: true,
  targets: { search: 3, apply: 5, followUp: 3, network: 2, learn: 2, volunteer: 0 },
  dayPlan: {},
  progress: { search: 0, apply: 0, followUp: 0, network: 0, learn: 0, volunteer: 0 },
  met: false,
  paused: false,
  reviewNote: '',
  reviewedAt: null,
  tasks: [],
};

describe('the save rule on its own', () => {
  const options = (save: (value: string) => Promise<string>, debounceMs?: number | null) => ({
    check: (value: string) =>
      value === 'bad' ? { ok: false as const, errors: { value: 'Not that.' } } : { ok: true as const, data: value },
    save,
    ...(debounceMs === undefined ? {} : { debounceMs }),
  });

  it('writes 400 ms after the last change, once, with the latest value', async () => {
    const save = vi.fn(async (value: string) => value);
    const { result } = renderHook(() => useAutosave(options(save)));
    act(() => result.current.change('a'));
    await act(() => vi.advanceTimersByTimeAsync(300));
    act(() => result.current.change('ab'));
    await act(() => vi.advanceTimersByTimeAsync(399));
    expect(save).not.toHaveBeenCalled();
    expect(result.current.state).toEqual({ kind: 'saving' });
    await act(() => vi.advanceTimersByTimeAsync(1));
    await settle();
    expect(save.mock.calls).toEqual([['ab']]);
    expect(result.current.state).toEqual({ kind: 'saved' });
  });

  it('writes on unmount, and on a hidden window, at once and only once', async () => {
    const save = vi.fn(async (value: string) => value);
    const { result, unmount } = renderHook(() => useAutosave(options(save)));
    act(() => result.current.change('hidden'));
    setVisibility('hidden');
    await settle();
    expect(save.mock.calls).toEqual([['hidden']]);
    act(() => result.current.change('left'));
    unmount();
    await settle();
    expect(save.mock.calls).toEqual([['hidden'], ['left']]);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('without a pause to wait for, writes only when flushed: never half-typed on a timer', async () => {
    const save = vi.fn(async (value: string) => value);
    const { result } = renderHook(() => useAutosave(options(save, null)));
    act(() => result.current.change('Ctrl+'));
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(save).not.toHaveBeenCalled();
    await act(() => result.current.flush());
    expect(save.mock.calls).toEqual([['Ctrl+']]);
  });

  it('sends nothing for a value its check refuses, and forgets an earlier pending one', async () => {
    const save = vi.fn(async (value: string) => value);
    const onChecked = vi.fn();
    const { result, unmount } = renderHook(() => useAutosave({ ...options(save), onChecked }));
    act(() => result.current.change('good'));
    act(() => result.current.change('bad'));
    expect(onChecked).toHaveBeenLastCalledWith({ value: 'Not that.' });
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    setVisibility('hidden');
    unmount();
    await settle();
    expect(save).not.toHaveBeenCalled();
  });

  it('writes one at a time, in order: a slow save never lands after a newer one', async () => {
    const landed: string[] = [];
    let release: () => void = () => undefined;
    const save = vi.fn(
      (value: string) =>
        new Promise<string>((resolve) => {
          const done = () => {
            landed.push(value);
            resolve(value);
          };
          if (value === 'slow') release = done;
          else done();
        }),
    );
    const { result } = renderHook(() => useAutosave(options(save)));
    act(() => result.current.change('slow'));
    act(() => void result.current.flush());
    act(() => result.current.change('newer'));
    act(() => void result.current.flush());
    await settle();
    expect(save.mock.calls).toEqual([['slow']]);
    expect(landed).toEqual([]);
    release();
    await settle();
    expect(landed).toEqual(['slow', 'newer']);
  });

  it('says a refused write failed, and hands the refusal over to be shown beside its field', async () => {
    const onRefused = vi.fn();
    const { result } = renderHook(() =>
      useAutosave({ ...options(() => Promise.reject(new Error('Disk is full.'))), onRefused, debounceMs: 10 }),
    );
    act(() => result.current.change('x'));
    await act(() => vi.advanceTimersByTimeAsync(10));
    await settle();
    expect(result.current.state).toEqual({ kind: 'failed', message: 'Disk is full.' });
    expect(onRefused).toHaveBeenCalledTimes(1);
  });
});

describe("the same rule field by field (an application's side panel)", () => {
  it('writes each field 400 ms after its last change, and the rest at once when the window hides or the panel goes', async () => {
    const save = vi.fn(async (_key: string, _value: unknown) => undefined);
    const { result, unmount } = renderHook(() => useFieldAutosave<'company' | 'notes'>({ save }));
    act(() => result.current.change('company', 'Acm'));
    await act(() => vi.advanceTimersByTimeAsync(399));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    await settle();
    expect(save.mock.calls).toEqual([['company', 'Acm']]);

    act(() => result.current.change('notes', 'Called on Tuesday'));
    setVisibility('hidden');
    await settle();
    expect(save.mock.calls.at(-1)).toEqual(['notes', 'Called on Tuesday']);

    act(() => result.current.change('company', 'Acme'));
    window.dispatchEvent(new Event('beforeunload'));
    await settle();
    expect(save.mock.calls.at(-1)).toEqual(['company', 'Acme']);

    act(() => result.current.change('notes', 'Called on Tuesday; they write back Friday'));
    unmount();
    await settle();
    expect(save.mock.calls.at(-1)).toEqual(['notes', 'Called on Tuesday; they write back Friday']);
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(save).toHaveBeenCalledTimes(4);
  });
});

describe('Plan and Settings follow the save rule', () => {
  it("writes a week's targets after a pause in typing, and none before it", async () => {
    withQuery(<TargetsForm week={week} />);
    fireEvent.change(screen.getByLabelText('Applications'), { target: { value: '7' } });
    await act(() => vi.advanceTimersByTimeAsync(399));
    expect(sentOn('planner:setTargets')).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    await settle();
    expect(sentOn('planner:setTargets')).toEqual([{ weekStart: week.weekStart, targets: { ...week.targets, apply: 7 } }]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('writes targets at once when the field is left', async () => {
    withQuery(<TargetsForm week={week} />);
    const apply = screen.getByLabelText('Applications');
    fireEvent.change(apply, { target: { value: '6' } });
    fireEvent.focusOut(apply);
    await settle();
    expect(sentOn('planner:setTargets')).toHaveLength(1);
  });

  it('writes targets at once when the view goes away (unmount)', async () => {
    const view = withQuery(<TargetsForm week={week} />);
    fireEvent.change(screen.getByLabelText('Applications'), { target: { value: '9' } });
    view.unmount();
    await settle();
    expect(sentOn('planner:setTargets')).toEqual([{ weekStart: week.weekStart, targets: { ...week.targets, apply: 9 } }]);
  });

  it('writes the plan for the days at once when the window is hidden to the tray', async () => {
    withQuery(<DayPlanEditor week={week} today="2026-11-24" />);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Apply, .*24/ }));
    expect(sentOn('planner:setDayPlan')).toEqual([]);
    setVisibility('hidden');
    await settle();
    expect(sentOn('planner:setDayPlan')).toEqual([{ weekStart: week.weekStart, dayPlan: { '1': ['apply'] } }]);
  });

  it('writes a reminder time from its time picker as HH:MM when the view unmounts', async () => {
    const view = withQuery(<RemindersForm reminders={defaultSettings.reminders} />);
    const time = screen.getAllByLabelText('Time')[0] as HTMLInputElement;
    expect(time.type).toBe('time');
    fireEvent.change(time, { target: { value: '07:45' } });
    view.unmount();
    await settle();
    const patches = sentOn('settings:update') as { reminders: typeof defaultSettings.reminders }[];
    expect(patches).toHaveLength(1);
    expect(patches[0]?.reminders.weeklyPlanning.time).toBe('07:45');
  });

  it("shows core's refusal beside its field, keeps what was typed and leaves focus where the person is", async () => {
    refusals.set('settings:update', {
      code: 'invalid_input',
      message: 'Quiet hours need a different start and end.',
      fields: { 'reminders.quietHours.end': 'Quiet hours need a different start and end.' },
    });
    withQuery(<RemindersForm reminders={defaultSettings.reminders} />);
    const until = screen.getByLabelText('Until') as HTMLInputElement;
    const from = screen.getByLabelText('From') as HTMLInputElement;
    from.focus();
    fireEvent.change(until, { target: { value: '21:00' } });
    await act(() => vi.advanceTimersByTimeAsync(400));
    await settle();
    expect(until).toHaveAccessibleDescription('Quiet hours need a different start and end.');
    expect(until.value).toBe('21:00');
    expect(from).toHaveFocus();
  });

  it('tries a shortcut only when its field is left, never on a pause in typing', async () => {
    withQuery(
      <StartupSection
        status={
          {
            launchAtLogin: { enabled: false },
            shortcut: { enabled: true, active: true, accelerator: 'CommandOrControl+Shift+L' },
          } as never
        }
      />,
    );
    const keys = screen.getByLabelText('Keys');
    fireEvent.change(keys, { target: { value: 'Alt+' } });
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(sentOn('companion:setShortcut')).toEqual([]);
    fireEvent.change(keys, { target: { value: 'Alt+K' } });
    fireEvent.focusOut(keys);
    await settle();
    expect(sentOn('companion:setShortcut')).toEqual([{ enabled: true, accelerator: 'Alt+K' }]);
  });
});
