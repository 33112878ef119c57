import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Views load their stylesheets lazily, and once loaded a sheet applies to every view. A class defined
// in two sheets therefore styles each view differently depending on which was opened first: the
// strengths' "×" once restyled Plan's "Snooze" links. Shared classes live in app.css; a view's own
// classes live in its own sheet, once.

const root = path.resolve(__dirname, '../../renderer/src');

function sheets(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** Classes a sheet styles on their own (a rule whose selector list holds `.name` by itself). */
function ownClasses(css: string): Set<string> {
  const classes = new Set<string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/(^|[{}])\s*([^{}@]+?)\s*\{/g)) {
    for (const selector of (match[2] as string).split(',')) {
      const trimmed = selector.trim();
      if (/^\.[\w-]+$/.test(trimmed)) classes.add(trimmed);
    }
  }
  return classes;
}

describe('stylesheets', () => {
  it('finds the sheets and their classes', () => {
    const found = sheets(root);
    expect(found.length).toBeGreaterThan(4);
    expect(ownClasses(fs.readFileSync(path.join(root, 'styles/app.css'), 'utf8')).has('.button')).toBe(true);
  });

  it('define each class in one sheet only', () => {
    const owners = new Map<string, string[]>();
    for (const file of sheets(root)) {
      for (const name of ownClasses(fs.readFileSync(file, 'utf8'))) {
        owners.set(name, [...(owners.get(name) ?? []), path.relative(root, file)]);
      }
    }
    const twice = [...owners].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });
});
