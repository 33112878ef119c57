import { afterEach } from 'vitest';
import type { Channel, InputOf, OutputOf } from '../../electron/core/ipc/contract';
import type { IpcError } from '../../electron/core/ipc/result';
import type { TestCore } from './core';
import { appCaller, startTestCore } from './core';
import { tempDir } from './tempDir';

/** The real core on a temp folder with a clock the test moves by hand, and typed calls through the dispatcher. */
export async function startPlannerCore(start: string) {
  const clock = { now: new Date(start) };
  const core: TestCore = await startTestCore(tempDir(), { now: () => clock.now });
  async function call<C extends Channel>(
    channel: C,
    ...args: undefined extends InputOf<C> ? [InputOf<C>?] : [InputOf<C>]
  ): Promise<OutputOf<C>> {
    const result = await core.dispatch(channel, args[0], appCaller);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { ipc: result.error });
    return result.data as OutputOf<C>;
  }
  async function refusal<C extends Channel>(channel: C, input: unknown): Promise<IpcError> {
    const result = await core.dispatch(channel, input, appCaller);
    if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
    return result.error;
  }
  return {
    core,
    clock,
    call,
    refusal,
    setDay(localDateTime: string) {
      clock.now = new Date(localDateTime);
    },
  };
}

export type PlannerCore = Awaited<ReturnType<typeof startPlannerCore>>;

/**
 * For a file whose tests each start a planner core (at `start` unless a test names another moment): every core a
 * test started is closed after it.
 */
export function plannerCoreForEachTest(start: string): (at?: string) => Promise<PlannerCore> {
  const started: PlannerCore[] = [];
  afterEach(() => {
    for (const p of started.splice(0)) p.core.close();
  });
  return async (at = start) => {
    const p = await startPlannerCore(at);
    started.push(p);
    return p;
  };
}
