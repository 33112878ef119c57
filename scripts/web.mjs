// `npm run web`: the browser harness as a developer command. Builds the
// renderer, then serves it on localhost over the real core and dispatcher,
// with data in .web-data/ (or REBOUND_DATA_DIR), so anyone can click through
// Rebound without Electron.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createServer } from 'vite';
import { projectDir } from './electron-runtime.mjs';

const build = spawnSync(process.execPath, [path.join(projectDir, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
  cwd: projectDir,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Vite's module runner loads the TypeScript harness (and its ?raw SQL imports) without a separate build.
const vite = await createServer({
  root: projectDir,
  configFile: false,
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'warn',
});
const { startHarness } = await vite.ssrLoadModule('/tests/harness/server.ts');
const dataDir = path.resolve(process.env.REBOUND_DATA_DIR ?? path.join(projectDir, '.web-data'));
const port = Number(process.env.PORT ?? 5180);
const harness = await startHarness({ dataDir, port });
console.log(`Rebound in your browser: ${harness.url}/  (data in ${dataDir}; Ctrl+C to stop)`);

const stop = async () => {
  await harness.close();
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
