import { describe, expect, it } from 'vitest';
import { writeGate } from '../../electron/core/imports/write';
import { DomainError } from '../../electron/core/ipc/result';

/**
 * The gate that holds main's writes while an import's write runs elsewhere: busy only while a write
 * is held, a second write refused meanwhile, and the writes that waited run once it is over, in the
 * order they asked, one failing without stopping the others.
 */

/** A write that finishes only when told to. */
function pending() {
  let finish: (value: string) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<string>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { write: () => done, finish: (value: string) => finish(value), fail: (error: Error) => fail(error) };
}

describe('the write gate', () => {
  it('is free until a write is held, busy while it runs, and free again with its answer', async () => {
    const gate = writeGate();
    expect(gate.busy).toBe(false);
    const write = pending();
    const held = gate.hold(write.write);
    expect(gate.busy).toBe(true);
    write.finish('written');
    await expect(held).resolves.toBe('written');
    expect(gate.busy).toBe(false);
  });

  it('refuses a second write while one is held, as a conflict, and the first still lands', async () => {
    const gate = writeGate();
    const write = pending();
    const held = gate.hold(write.write);
    let secondRan = false;
    const second = gate.hold(async () => {
      secondRan = true;
      return 'second';
    });
    const error = await second.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('conflict');
    expect(secondRan).toBe(false);
    expect(gate.busy).toBe(true);
    write.finish('first');
    await expect(held).resolves.toBe('first');
    // Free again: a later write is held, not refused.
    await expect(gate.hold(async () => 'later')).resolves.toBe('later');
  });

  it('runs a write asked for while free at once, and one asked for while busy only after the held write', async () => {
    const gate = writeGate();
    const ran: string[] = [];
    gate.whenFree(() => ran.push('free'));
    expect(ran).toEqual(['free']);
    const write = pending();
    const held = gate.hold(async () => {
      const answer = await write.write();
      ran.push('held');
      return answer;
    });
    gate.whenFree(() => ran.push('first waiting'));
    gate.whenFree(() => ran.push('second waiting'));
    expect(ran).toEqual(['free']);
    write.finish('done');
    await held;
    expect(ran).toEqual(['free', 'held', 'first waiting', 'second waiting']);
    // The waiting writes ran once: the next held write runs none of them again.
    await gate.hold(async () => 'again');
    expect(ran).toEqual(['free', 'held', 'first waiting', 'second waiting']);
  });

  it('runs the waiting writes after a held write that fails too, and the failure is its answer', async () => {
    const gate = writeGate();
    const ran: string[] = [];
    const write = pending();
    const held = gate.hold(write.write);
    gate.whenFree(() => ran.push('waiting'));
    write.fail(new Error('disk full'));
    await expect(held).rejects.toThrow('disk full');
    expect(gate.busy).toBe(false);
    expect(ran).toEqual(['waiting']);
  });

  it('tells of a waiting write that fails, and still runs the ones after it; the held answer stands', async () => {
    const errors: unknown[] = [];
    const gate = writeGate((error) => errors.push(error));
    const ran: string[] = [];
    const write = pending();
    const held = gate.hold(write.write);
    const broken = new Error('ledger locked');
    gate.whenFree(() => {
      throw broken;
    });
    gate.whenFree(() => ran.push('after'));
    write.finish('kept');
    await expect(held).resolves.toBe('kept');
    expect(errors).toEqual([broken]);
    expect(ran).toEqual(['after']);
  });

  it('drops the failure of a waiting write when nobody asked to hear of it', async () => {
    const gate = writeGate();
    const write = pending();
    const held = gate.hold(write.write);
    gate.whenFree(() => {
      throw new Error('ledger locked');
    });
    write.finish('kept');
    await expect(held).resolves.toBe('kept');
  });
});
