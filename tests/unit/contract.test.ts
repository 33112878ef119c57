import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { mutation, query, returns } from '../../electron/core/ipc/channel';
import { channels, contract, defineContract } from '../../electron/core/ipc/contract';

describe('the contract, joined from the features’ tables', () => {
  const first = { 'notes:list': query(z.undefined(), returns<string[]>()) };
  const second = { 'notes:add': mutation(z.object({ text: z.string() }).strict(), returns<{ id: number }>()) };

  it('keeps every channel of every table, with its spec', () => {
    const joined = defineContract(first, second);
    expect(Object.keys(joined)).toEqual(['notes:list', 'notes:add']);
    expect(joined['notes:add'].mutates).toBe(true);
    expect(joined['notes:list'].mutates).toBe(false);
  });

  it('refuses a channel two features both declare, naming it', () => {
    const clash = { 'notes:list': mutation(z.undefined(), returns<number>()) };
    expect(() => defineContract(first, second, clash)).toThrow('The IPC channel notes:list is declared twice.');
  });

  it('names every channel domain:verb, once', () => {
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    expect(Object.isFrozen(contract)).toBe(true);
  });
});
