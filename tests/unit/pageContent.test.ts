import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as ContentIndex from '../../content/index';

/**
 * content/locales/apply.ts and load.ts as the page's build has them: content/index.ts is the tree with
 * no words (what electron.vite.config.ts's plugin gives the page as content/page.ts), so every word,
 * English's too, comes from a catalogue fetched at start. Module state (English, once fetched, stays)
 * makes the order of these tests matter: German first, before anything fetched English.
 */
vi.mock('../../content/index', async (importActual) => {
  const actual = await importActual<typeof ContentIndex>();
  const { withoutWords } = await import('../../content/locales/shape');
  return { ...actual, content: withoutWords(actual.content), hasWords: false };
});

const { content } = await import('../../content/index');
const { applyLocale, englishContent, hasEnglish, isComplete, provideEnglish, relocalize } = await import('../../content/locales/apply');
const { loadCatalogue } = await import('../../content/locales/load');
const { fillAndRemember } = await import('../../content/fillTemplate');

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../content', file), 'utf8'));
const germanUi = readJson('locales/de/reflect-ui.json');
const englishUi = readJson('reflect-ui.json');
const germanSteps = readJson('locales/de/reflection.json').steps as { title: string }[];

describe("the page's content, which holds no words until a locale is applied", () => {
  it('starts with no word but the ids; German is written into the same tree, and English is never fetched for it', async () => {
    const kept = content.reflectUi.errors;
    expect(kept.companyMissing).toBe('');
    expect(content.reflection.steps[0]?.id).toBe('accept');
    const german = await loadCatalogue('de');
    expect(hasEnglish()).toBe(false);
    applyLocale('de', german, ['de-DE']);
    expect(kept.companyMissing).toBe(germanUi.errors.companyMissing);
    expect(content.reflection.steps[0]?.title).toBe(germanSteps[0]?.title);
    expect(content.reflection.steps[0]?.id).toBe('accept');
    expect(content.reflection.steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(() => englishContent()).toThrow(/not loaded/);
  });

  it('says an empty line as it is, even one filled at load (a schema built before the words were in)', () => {
    fillAndRemember('', { max: 200 });
    expect(relocalize('')).toBe('');
  });

  it('knows a catalogue that lacks a line, which then needs English as its fallback', async () => {
    const german = (await loadCatalogue('de')) as Record<string, unknown>;
    expect(isComplete(german)).toBe(true);
    const lacking = { ...german, reflectUi: { ...germanUi, errors: { ...germanUi.errors, companyMissing: undefined } } };
    expect(isComplete(lacking)).toBe(false);
    expect(isComplete({ ...german, wins: undefined })).toBe(false);
    // Until English is there, the missing line has nothing to fall back on.
    applyLocale('de', lacking, ['de-DE']);
    expect(content.reflectUi.errors.companyMissing).toBe('');

    const english = await loadCatalogue('en');
    expect(hasEnglish()).toBe(true);
    expect((english as { reflectUi: typeof englishUi }).reflectUi.errors.companyMissing).toBe(englishUi.errors.companyMissing);
    applyLocale('de', lacking, ['de-DE']);
    expect(content.reflectUi.errors.companyMissing).toBe(englishUi.errors.companyMissing);
    expect(content.reflectUi.errors.companyTooLong).toBe(germanUi.errors.companyTooLong);
  });

  it('goes to English from the fetched English files, and makes a pseudo-locale from them', async () => {
    applyLocale('en', await loadCatalogue('en'), ['en-US']);
    expect(content.reflectUi.errors.companyMissing).toBe(englishUi.errors.companyMissing);
    const pseudo = (await loadCatalogue('en-XA')) as { reflectUi: typeof englishUi };
    expect(pseudo.reflectUi.errors.companyMissing).toMatch(/^\[Àđđ ţĥé çöɱþàñý ñàɱé/);
    provideEnglish({});
    expect(englishContent().reflectUi).toBeDefined();
  });
});
