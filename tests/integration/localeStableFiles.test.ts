import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../../content/locales/apply';
import { catalogueOf } from '../../content/locales/catalogues';
import type { LocaleTag } from '../../content/locales/tags';
import { startPlannerCore } from '../support/plannerCore';

let close: (() => void) | null = null;
afterEach(() => {
  close?.();
  applyLocale('en', null, []);
});

/** The key paths of a JSON value, values left out: what a file moved to another machine is read by. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keysOf(item, `${prefix}[]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [`${prefix}.${key}`, ...keysOf(inner, `${prefix}.${key}`)]);
  return [];
}

async function exportsIn(tag: LocaleTag) {
  applyLocale(tag, catalogueOf(tag), []);
  const p = await startPlannerCore('2026-03-11T10:00:00');
  close = () => p.core.close();
  await p.call('applications:create', { company: 'Acme', role: 'Designer', status: 'applied' });
  await p.call('wins:log', { title: 'Sent a follow-up', kind: 'followUp' } as never).catch(() => undefined);
  const csv = await p.call('applications:exportCsv');
  const json = await p.call('data:exportJson');
  p.core.close();
  close = null;
  const fields = Papa.parse<Record<string, string>>(csv.content.slice(1), { header: true }).meta.fields;
  return { fields, fileName: csv.fileName, keys: [...new Set(keysOf(JSON.parse(json.content)))].sort() };
}

describe('files that move between machines read the same in every language', () => {
  it('keeps the CSV columns, the file names and the JSON export keys in en-XA and ar-XB as in English', async () => {
    const english = await exportsIn('en');
    expect(english.fields).toContain('company');
    for (const tag of ['en-XA', 'ar-XB'] as const) {
      const other = await exportsIn(tag);
      expect(other.fields, tag).toEqual(english.fields);
      expect(other.fileName, tag).toBe(english.fileName);
      expect(other.keys, tag).toEqual(english.keys);
    }
  });
});
