import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');

function filesUnder(dir: string, ending: RegExp): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && ending.test(entry.name) ? [path.relative(root, file)] : [];
  });
}

/** Text no catalogue needs: the app's own name, written the same in every language. */
const allowed = new Set(['Rebound']);

/** Words a person reads, written in the code: JSX text, and the props and options that are shown or read aloud. */
const patterns: { name: string; pattern: RegExp }[] = [
  { name: 'JSX text', pattern: />\s*([^<>{}`=;()|&]*[A-Za-z]{2,}[^<>{}`=;()|&]*?)\s*<\//g },
  { name: 'a shown prop', pattern: /\b(?:aria-label|aria-description|title|placeholder|alt|label)="([^"]*[A-Za-z]{2,}[^"]*)"/g },
  { name: 'a shown option', pattern: /\b(?:title|label|body|message|tooltip|buttonLabel|detail)\s*:\s*'([^']*[A-Za-z]{3,}[^']*)'/g },
];

function literalsIn(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8').replace(/^\s*(\/\/|\*|\/\*).*$/gm, '');
  const found: string[] = [];
  for (const { name, pattern } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const literal = (match[1] ?? '').trim();
      if (!literal || allowed.has(literal)) continue;
      const line = text.slice(0, match.index).split('\n').length;
      found.push(`${file}:${line} ${name}: "${literal}"`);
    }
  }
  return found;
}

describe('every word shown comes from the catalogues', () => {
  it('finds no JSX text or shown prop written in the renderer', () => {
    expect(filesUnder('renderer/src', /\.tsx$/).flatMap(literalsIn)).toEqual([]);
  });

  it('finds no dialog, menu, tray or notification text written in main', () => {
    const main = filesUnder('electron/main', /\.ts$/).flatMap(literalsIn);
    // The test hook's stand-in notification is never shown to a person (REBOUND_E2E only).
    expect(main.filter((line) => !line.includes('"Test reminder"'))).toEqual([]);
  });

  it('catches a literal when there is one', () => {
    const probe = path.join(root, 'renderer/src/.literal-probe.tsx');
    fs.writeFileSync(probe, 'export const Probe = () => <button aria-label="Close it">Save now</button>;\n');
    try {
      expect(literalsIn(path.relative(root, probe))).toHaveLength(2);
    } finally {
      fs.rmSync(probe);
    }
  });
});
