import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../electron/core/ipc/contract';
import type { TestCore } from '../support/core';
import { appCaller, startTestCore } from '../support/core';
import { exampleFor, hostilePayloads } from '../support/hostile';

/**
 * Valid inputs for channels whose schema the example walker cannot satisfy
 * on its own (refinements across fields, for instance). A channel missing
 * from here whose example cannot be built fails the test by name.
 */
const samples: Partial<Record<Channel, unknown>> = {
  // A time zone is a name the walker cannot guess.
  'interviews:create': { applicationId: 1, kind: 'screen', date: '2026-03-30', time: '10:00', timeZone: 'UTC' },
};

const payloadsPerChannel = 1000;

/** A hash of every row of every table: the database's content, not its file layout. */
function contentHash(db: Database.Database): string {
  const hash = crypto.createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    // Sorted as text: WITHOUT ROWID tables (win_days, change_counters) have no rowid to order by.
    for (const row of db.prepare(`SELECT * FROM "${table}"`).all().map((one) => JSON.stringify(one)).sort()) hash.update(row);
  }
  return hash.digest('hex');
}

let core: TestCore;
let dataDir: string;
let before: string;
const figures = { channels: 0, payloads: 0, kinds: 0 };

beforeAll(async () => {
  // Its own folder for the whole file: tempDir() folders are removed after each test.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-hostile-'));
  core = await startTestCore(dataDir);
  before = contentHash(core.db);
});

afterAll(() => {
  console.log(
    `hostile IPC: ${figures.payloads} generated payloads over ${figures.channels} channels, every one refused with a typed error; database content unchanged`,
  );
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('hostile input on every channel', () => {
  it.each(channels)('%s refuses 1,000+ hostile payloads with a typed error and changes nothing', async (channel) => {
    const schema = contract[channel].input;
    const sample = samples[channel] ?? exampleFor(schema);
    if (schema.safeParse(undefined).success === false) {
      expect(sample, `add a valid sample for ${channel} to the samples table`).not.toBeUndefined();
      expect(schema.safeParse(sample).success, `the sample for ${channel} must be valid`).toBe(true);
    }
    const payloads = hostilePayloads(schema, sample, payloadsPerChannel, channel.length * 7919);
    expect(payloads.length).toBeGreaterThanOrEqual(payloadsPerChannel);
    for (const { description, payload } of payloads) {
      const result = await core.dispatch(channel, payload, appCaller);
      if (result.ok) throw new Error(`${channel} accepted a hostile payload (${description})`);
      expect(result.error.code, description).toBe('invalid_input');
      expect(typeof result.error.message).toBe('string');
      expect(result.error.message.length).toBeLessThan(500);
    }
    const kinds = new Set(payloads.map((p) => p.description));
    figures.kinds = Math.max(figures.kinds, kinds.size);
    figures.channels += 1;
    figures.payloads += payloads.length;
    expect(contentHash(core.db)).toBe(before);
    // Generating 1,000 payloads for a schema with many array fields takes seconds on a busy machine.
  }, 60_000);

  it('refuses every channel from a wrong origin, a subframe or a vanished frame, before reading the input', async () => {
    const callers = [
      { url: 'https://evil.example/', isMainFrame: true },
      { url: 'file:///tmp/index.html', isMainFrame: true },
      { url: 'app://rebound/index.html', isMainFrame: false },
      { url: undefined, isMainFrame: true },
    ];
    for (const channel of channels) {
      const sample = samples[channel] ?? exampleFor(contract[channel].input);
      for (const caller of callers) {
        const result = await core.dispatch(channel, sample, caller);
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(contentHash(core.db)).toBe(before);
  });

  it('refuses unknown channels, including prototype names', async () => {
    for (const name of ['settings:drop', 'app:eval', '__proto__', 'constructor', 'hasOwnProperty', 'data:changed', '', 'x'.repeat(100_000)]) {
      expect(await core.dispatch(name, {}, appCaller)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(contentHash(core.db)).toBe(before);
  });
});
