import fs from 'node:fs';
import path from 'node:path';
import { startHarness, type Harness } from '../../harness/server';

export const rendererDir = path.resolve(import.meta.dirname, '../../../out/renderer');

/** The harness over the renderer `npm run build` produced; a missing build is a clear failure. */
export function startBuiltHarness(dataDir: string, options: { now?: () => Date } = {}): Promise<Harness> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('The e2e tests drive the built renderer: run "npm run build" first (npm test does).');
  }
  return startHarness({ dataDir, rendererDir, ...options });
}
