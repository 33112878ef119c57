import { describe, expect, it } from 'vitest';
import { quitStep, type QuitMoment, type QuitState, type QuitStep } from '../../electron/core/app/quitSteps';

const idle: QuitState = { closed: false, closing: false, importWriting: false };
const writing: QuitState = { ...idle, importWriting: true };
const closing: QuitState = { ...idle, closing: true, importWriting: true };
const closed: QuitState = { closed: true, closing: false, importWriting: false };

describe('how the app ends (quitStep)', () => {
  const table: [QuitMoment, QuitState, QuitStep, string][] = [
    ['will-quit', idle, 'close-now', 'nothing writing: close there and then, the quit goes on'],
    ['will-quit', writing, 'hold-close-exit', 'an import writing: hold the quit until the worker has ended and the store is closed'],
    ['will-quit', closing, 'hold', 'a second quit while the held close runs: hold it, the first one ends the app'],
    ['will-quit', closed, 'go-on', 'already closed: nothing to hold'],
    ['will-quit', { ...closed, closing: true }, 'go-on', 'closed wins over closing'],
    ['session-end', idle, 'close-now', "Windows' log-off or shutdown: close now"],
    ['session-end', writing, 'close-now', 'Windows emits no will-quit then: nothing can be waited for'],
    ['session-end', closing, 'close-now', 'a held close under way is cut short by the session end'],
    ['session-end', closed, 'go-on', 'closed already'],
    ['shutdown', writing, 'close-now', 'Linux or macOS shutting down: close now, as before'],
    ['shutdown', idle, 'close-now', 'shutdown with nothing writing'],
    ['shutdown', closed, 'go-on', 'shutdown after the close'],
  ];
  it.each(table)('%s with %o: %s (%s)', (moment, state, step) => {
    expect(quitStep(moment, state)).toBe(step);
  });
});
