import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
const budget = { initialGzipBytes: 170 * 1024, largestChunkBytes: 500 * 1024 };

/** The files the page loads before it can render: the entry script, its preloaded imports, its CSS. */
function initialFiles(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
  return [...new Set(refs)].map((ref) => path.join(rendererDir, ref));
}

// Sizes are deterministic for a given build, so this is a test; timings live in `npm run bench`.
describe('the renderer bundle budget', () => {
  const readHtml = () => {
    const file = path.join(rendererDir, 'index.html');
    expect(fs.existsSync(file), 'run "npm run build" first (npm test does)').toBe(true);
    return fs.readFileSync(file, 'utf8');
  };

  it(`loads at most ${budget.initialGzipBytes / 1024} KB (gzip) of JS and CSS before the first render`, () => {
    const files = initialFiles(readHtml());
    expect(files.length).toBeGreaterThanOrEqual(2);
    const gzip = files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
    console.log(
      `bundle: initial JS + CSS ${(gzip / 1024).toFixed(1)} KB gzip over ${files.length} files (budget ${budget.initialGzipBytes / 1024} KB)`,
    );
    expect(gzip).toBeLessThanOrEqual(budget.initialGzipBytes);
  });

  it(`has no chunk over ${budget.largestChunkBytes / 1024} KB raw, and loads views lazily`, () => {
    readHtml();
    const assets = fs.readdirSync(path.join(rendererDir, 'assets')).filter((name) => name.endsWith('.js'));
    const largest = Math.max(...assets.map((name) => fs.statSync(path.join(rendererDir, 'assets', name)).size));
    console.log(
      `bundle: largest chunk ${(largest / 1024).toFixed(1)} KB raw (budget ${budget.largestChunkBytes / 1024} KB), ${assets.length} chunks`,
    );
    expect(largest).toBeLessThanOrEqual(budget.largestChunkBytes);
    for (const view of ['TodayView', 'ReflectView', 'PlanView', 'WinsView', 'SettingsView']) {
      expect(
        assets.some((name) => name.startsWith(`${view}-`)),
        `${view} is its own lazy chunk`,
      ).toBe(true);
    }
  });
});
