import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../support/contentHash';
import { appCaller, startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

/**
 * Damaged versions of every source file (bytes flipped, stretches cut or
 * repeated, nasty characters inserted), through imports:apply: an answer every
 * time, never an internal error; a refused file leaves the content hash as it
 * was; an accepted one adds exactly the rows it reports. fast-check prints the
 * seed of a failure, so a case replays.
 */

const fixtures = path.resolve(import.meta.dirname, '../fixtures/imports');
const sources = fs.readdirSync(fixtures).map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(fixtures, name))) }));
sources.push({
  name: 'archive.zip',
  bytes: zipSync({ 'Jobs/Job Applications.csv': sources.find((s) => s.name === 'Job Applications.csv')?.bytes ?? new Uint8Array() }),
});

const damage = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('"', '\u0000', '\r', '\n', ';', '\t', '=cmd', '<script>', '\uFEFF', 'é', '😀', ',,,,'),
  }),
);

function damaged(
  bytes: Uint8Array,
  hit: { kind: string; at: number; byte?: number; count?: number; length?: number; text?: string },
): Uint8Array {
  const at = hit.at % Math.max(1, bytes.length);
  if (hit.kind === 'flip') {
    const copy = bytes.slice();
    for (let n = 0; n < (hit.count ?? 1); n += 1) copy[(at + n * 97) % copy.length] = (hit.byte ?? 0) ^ n;
    return copy;
  }
  if (hit.kind === 'cut') return bytes.slice(0, at);
  if (hit.kind === 'repeat') return Uint8Array.from([...bytes.subarray(0, at + (hit.length ?? 1)), ...bytes.subarray(at)]);
  return Uint8Array.from([...bytes.subarray(0, at), ...new TextEncoder().encode(hit.text ?? ''), ...bytes.subarray(at)]);
}

describe('damaged import files', () => {
  it('always answer; refused ones change nothing, accepted ones add what they say', async () => {
    const core = await startTestCore(tempDir(), { now: () => new Date('2026-03-10T10:00:00Z') });
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sources), damage, async (source, hit) => {
        const bytes = damaged(source.bytes, hit);
        const before = contentHash(core.db);
        const count = core.db.prepare('SELECT count(*) FROM applications').pluck().get() as number;
        const result = await core.dispatch(
          'imports:apply',
          { name: source.name, base64: Buffer.from(bytes).toString('base64') },
          appCaller,
        );
        if (!result.ok) {
          refused += 1;
          expect(result.error.code).toBe('invalid_input');
          expect(contentHash(core.db)).toBe(before);
        } else {
          accepted += 1;
          const data = result.data as { added: number };
          expect(core.db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(count + data.added);
        }
      }),
      { numRuns: 2000, seed: Number(process.env.REBOUND_FUZZ_SEED ?? 20261204) },
    );
    console.log(`Damaged import files: ${refused + accepted} tried, ${refused} refused, ${accepted} accepted`);
    core.close();
  }, 120_000);
});
