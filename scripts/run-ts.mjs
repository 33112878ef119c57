// Runs a TypeScript script of ours (`node scripts/run-ts.mjs scripts/seed.ts --years 10`) through
// Vite's module runner, the way scripts/web.mjs loads the harness, so its `?raw` SQL imports work
// without a separate build. The script exports `main(args)`.
import path from 'node:path';
import { createServer } from 'vite';
import { projectDir } from './electron-runtime.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('Usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
const vite = await createServer({
  root: projectDir,
  configFile: false,
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'warn',
});
let code = 0;
try {
  const module = await vite.ssrLoadModule(`/${path.relative(projectDir, path.resolve(script)).split(path.sep).join('/')}`);
  code = (await module.main(args)) ?? 0;
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await vite.close();
}
process.exit(code);
