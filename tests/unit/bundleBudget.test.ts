import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

const rendererDir = path.resolve(import.meta.dirname, '../../out/renderer');
const budget = { initialGzipBytes: 170 * 1024, largestChunkBytes: 500 * 1024 };

/** The files the page loads before it can render: the entry script, its preloaded imports, its CSS. */
function initialFiles(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
  const files = [...new Set(refs)].map((ref) => path.join(rendererDir, ref));
  // And whatever an initial script imports statically (a chunk it shares), which loads before it runs.
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bimport\s*(?:[\w$*{},\s]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const imported = path.join(path.dirname(file), match[1] as string);
      if (!files.includes(imported)) files.push(imported);
    }
  }
  return files;
}

/** Every sentence of 40 characters or more in English (content/*.json), by the file it is in. */
function longEnglish(): Map<string, string[]> {
  const dir = path.resolve(import.meta.dirname, '../../content');
  const byFile = new Map<string, string[]>();
  const walk = (node: unknown, into: string[]) => {
    if (typeof node === 'string') {
      if (node.length >= 40) into.push(node);
    } else if (node && typeof node === 'object') for (const value of Object.values(node)) walk(value, into);
  };
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const sentences: string[] = [];
    walk(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')), sentences);
    byFile.set(name, sentences);
  }
  return byFile;
}

/** Whether a built file holds the sentence, as a minifier writes a string (JSON-escaped, so a quote is \"). */
const holds = (code: string, sentence: string) => code.includes(sentence) || code.includes(JSON.stringify(sentence).slice(1, -1));

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
    const entry = files.find((file) => file.endsWith('.js')) as string;
    const entryGzip = zlib.gzipSync(fs.readFileSync(entry), { level: 9 }).length;
    console.log(
      `bundle: initial JS + CSS ${(gzip / 1024).toFixed(1)} KB gzip over ${files.length} files (budget ${budget.initialGzipBytes / 1024} KB); entry JS ${entryGzip.toLocaleString('en-US')} B gzip`,
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

  it('holds no English sentence in the files it loads first: English is a lazy chunk of its own, as each locale is', () => {
    const initial = initialFiles(readHtml()).filter((file) => file.endsWith('.js'));
    const code = initial.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    const english = longEnglish();
    const sentences = [...english.values()].flat();
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter((sentence) => holds(code, sentence))).toEqual([]);

    // English is one lazy chunk (locale-en), as each translation is (locale-de…), holding every sentence of every English file.
    const assets = fs.readdirSync(path.join(rendererDir, 'assets')).filter((name) => name.endsWith('.js'));
    const read = (name: string) => fs.readFileSync(path.join(rendererDir, 'assets', name), 'utf8');
    const holdingAll = assets.filter((name) => sentences.every((sentence) => holds(read(name), sentence)));
    expect(holdingAll).toHaveLength(1);
    expect(holdingAll[0]).toMatch(/^locale-en-[\w-]+\.js$/);
    expect(initial.map((name) => path.basename(name))).not.toContain(holdingAll[0]);
  });
});
