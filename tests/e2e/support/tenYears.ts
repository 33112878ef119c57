import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataPaths } from '../../../electron/core/dataDir';
import { defaultSeedFile, seedDatabase, seedNow } from '../../../scripts/seed';
import type { Harness } from '../../harness/server';
import { startBuiltHarness } from './harness';

/**
 * How long the first run may take to seed the file (75 s on a quiet machine since the seed carries postings,
 * about twice that beside two CPU-bound processes); later runs copy it.
 */
export const tenYearsSetupTimeout = 300_000;

/**
 * Ten years of heavy use (`npm run seed -- --years 10`: 20,000 applications, 55,590 wins), seeded once
 * into .cache/ and copied into a fresh data folder, with the harness over it at the seed's evening.
 */
export async function startTenYears(name: string): Promise<{ harness: Harness; dataDir: string }> {
  const seedFile = defaultSeedFile(10);
  if (!fs.existsSync(seedFile)) await seedDatabase({ years: 10, file: seedFile });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `rebound-e2e-${name}-`));
  fs.copyFileSync(seedFile, dataPaths(dataDir).database);
  return { harness: await startBuiltHarness(dataDir, { now: seedNow }), dataDir };
}
