import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import { content, fillMessage, fillTemplate } from '../../content';
import { formatDay, formatList, formatNumber, formatTime, formatWeekday } from '../../content/format';
import { applyLocale, englishContent, relocalize } from '../../content/locales/apply';
import { catalogueOf } from '../../content/locales/catalogues';
import { pseudoAccented, pseudoMirrored } from '../../content/locales/pseudo';
import { treeOfFiles, withoutWords } from '../../content/locales/shape';
import { defaultWeekStart, matchLocale, pseudoLocales, shippedLocales, weekStartOf, type LocaleTag } from '../../content/locales/tags';
import { settingsPatchSchema } from '../../electron/core/settings/schema';
import { fieldsOf } from '../../electron/core/ipc/fieldErrors';

const localesDir = path.join(import.meta.dirname, '../../content/locales');
const translated = shippedLocales.filter((tag) => tag !== 'en' && !pseudoLocales.includes(tag));

afterEach(() => applyLocale('en', null, []));

describe('matching the system languages to a shipped locale', () => {
  it.each<[string[], LocaleTag]>([
    [['de-AT'], 'de'],
    [['de-CH', 'en-US'], 'de'],
    [['de_DE.UTF-8'], 'de'],
    [['pt-PT'], 'pt-BR'],
    [['pt'], 'pt-BR'],
    [['pt-BR'], 'pt-BR'],
    [['es-419'], 'es'],
    [['es-MX'], 'es'],
    [['zh'], 'en'],
    [['zh-CN', 'ja'], 'en'],
    [['fr-FR', 'es-ES'], 'es'],
    [['en-GB', 'de-DE'], 'en'],
    [['C'], 'en'],
    [['not a tag', 'de'], 'de'],
    [[], 'en'],
    [['en-XA'], 'en-XA'],
    [['ar-EG'], 'en'],
  ])('%j reads %s', (languages, tag) => {
    expect(matchLocale(languages)).toBe(tag);
  });
});

describe('the first day of the week from the locale', () => {
  it.each<[string, 0 | 1 | 6]>([
    ['de', 1],
    ['en-US', 0],
    ['en-GB', 1],
    ['pt-BR', 0],
    ['es', 1],
    ['ar-EG', 6],
  ])('%s starts on %i (Intl week info)', (tag, day) => {
    expect(weekStartOf(tag)).toBe(day);
  });

  it.each<[string, 0 | 1 | 6]>([
    ['de', 1],
    ['en', 0],
    ['en-US', 0],
    ['en-GB', 1],
    ['pt', 0],
    ['es-MX', 0],
    ['ar-EG', 6],
    ['fi', 1],
  ])('%s starts on %i from the table where the engine has no week info', (tag, day) => {
    expect(weekStartOf(tag, () => undefined)).toBe(day);
  });

  it('follows the system region under the Language setting "system", the chosen locale otherwise', () => {
    expect(defaultWeekStart('system', ['en-GB'])).toBe(1);
    expect(defaultWeekStart('system', ['en-US'])).toBe(0);
    expect(defaultWeekStart('pt-BR', ['en-GB'])).toBe(0);
  });
});

describe('messages in the active locale', () => {
  const german = {
    wins: { timeline: { count: '{count, plural, one {# Erfolg} other {# Erfolge}}' } },
    views: { errors: { itemNotUnderstood: 'Rebound hat nicht verstanden, welcher Eintrag gemeint ist.' } },
    reflection: { steps: [{ id: 'annehmen', title: 'Den Schlag annehmen' }] },
  };

  it('writes a locale into the same tree, so a part kept by a module follows; a missing line stays English', () => {
    const kept = content.wins.timeline;
    const englishTitle = content.views.today.title;
    applyLocale('de', german, ['de-DE']);
    expect(kept.count).toBe(german.wins.timeline.count);
    expect(content.views.today.title).toBe(englishTitle);
    // Ids name choices in the code and the stored answers: never translated.
    expect(content.reflection.steps[0]?.id).toBe('accept');
    expect(content.reflection.steps[0]?.title).toBe('Den Schlag annehmen');
    applyLocale('en', null, []);
    expect(kept.count).toBe((englishContent().wins as { timeline: { count: string } }).timeline.count);
  });

  it('picks the plural form and writes numbers as the locale does', () => {
    expect(fillTemplate(content.wins.timeline.count, { count: 1 })).toBe('1 win');
    expect(fillTemplate(content.wins.timeline.count, { count: 20007 })).toBe('20,007 wins');
    expect(fillTemplate(content.wins.timeline.count, { count: '3' })).toBe('3 wins');
    expect(fillMessage('Keep the note under {max} characters.', { max: 20000 })).toBe('Keep the note under 20,000 characters.');
    applyLocale('de', german, ['de-DE']);
    expect(fillTemplate(content.wins.timeline.count, { count: 1 })).toBe('1 Erfolg');
    expect(fillTemplate(content.wins.timeline.count, { count: 20007 })).toBe('20.007 Erfolge');
    expect(fillMessage('Höchstens {max} Zeichen.', { max: 20000 })).toBe('Höchstens 20.000 Zeichen.');
    expect(fillMessage('Zeile {line}', { line: '1234' })).toBe('Zeile 1234');
  });

  it('says a zero in its own words where the message has =0', () => {
    expect(fillTemplate(content.planner.review.finished, { count: 0 })).toBe('Review saved. Next week is set up.');
    expect(fillTemplate(content.planner.review.finished, { count: 1 })).toBe('Review saved. 1 task carried into next week.');
    expect(fillTemplate(content.reflectUi.insights.bounceFastest, { days: 0 })).toBe('Quickest bounce-back so far: the same day.');
  });

  it("says a schema's message, fixed when the schema was built, in the active locale", () => {
    applyLocale('de', german, ['de-DE']);
    const parsed = settingsPatchSchema.safeParse({ weekStartsOn: 3 });
    expect(parsed.success).toBe(false);
    const english = content.views.errors.itemNotUnderstood;
    expect(relocalize((englishContent().views as { errors: { itemNotUnderstood: string } }).errors.itemNotUnderstood)).toBe(english);
    expect(relocalize('Something the person typed')).toBe('Something the person typed');
    const kept = (englishContent().views as { errors: { itemNotUnderstood: string } }).errors.itemNotUnderstood;
    expect(fieldsOf({ issues: [{ path: ['id'], message: kept }] }).id).toBe(german.views.errors.itemNotUnderstood);
  });
});

describe('the one formatting module', () => {
  it.each<[string, string, RegExp, string, string]>([
    ['en', 'en-US', /^Mar 11, 2026$/, '20,007', '4:00 PM'],
    ['en', 'en-GB', /^11 Mar 2026$/, '20,007', '16:00'],
    ['de', 'de-DE', /^11\. März 2026$/, '20.007', '16:00'],
    ['es', 'es-ES', /^11 mar 2026$/, '20.007', '16:00'],
    ['pt-BR', 'pt-BR', /^11 de mar\.? de 2026$/, '20.007', '16:00'],
  ])('%s on a %s system', (tag, system, day, number, time) => {
    applyLocale(tag as LocaleTag, null, [system]);
    expect(formatDay('2026-03-11')).toMatch(day);
    expect(formatNumber(20007)).toBe(number);
    expect(formatTime(new Date(2026, 2, 11, 16, 0))).toBe(time);
  });

  it('names weekdays and joins lists in the locale', () => {
    applyLocale('de', null, ['de-DE']);
    expect(formatWeekday(1)).toBe('Montag');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B und C');
    applyLocale('en', null, ['en-US']);
    expect(formatWeekday(0, 'short')).toBe('Sun');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B, and C');
  });
});

describe('the pseudo-locales', () => {
  const message = '{count, plural, one {# follow-up due} other {# follow-ups due}} at {company}';

  it('en-XA accents every letter, keeps placeholders and plurals, and is about 40 % longer', () => {
    const shown = String(new IntlMessageFormat(pseudoAccented(message), 'en').format({ count: 2, company: 'Zz' }));
    expect(shown).toMatch(/^\[2 ƒöĺĺöŵ-ûþš đûé àţ Zz ·+\]$/);
    expect(String(new IntlMessageFormat(pseudoAccented(message), 'en').format({ count: 1, company: 'Zz' }))).toContain('ƒöĺĺöŵ-ûþ đûé');
    const plain = 'Log a win';
    expect(pseudoAccented(plain).length).toBeGreaterThanOrEqual(plain.length * 1.4);
  });

  it('ar-XB mirrors each run of text and keeps placeholders', () => {
    const pseudo = pseudoMirrored('Hi {name}, well done');
    expect(pseudo).toBe('\u202eHi \u202c{name}\u202e, well done\u202c');
  });

  it('are generated for every line of English', () => {
    const pseudo = catalogueOf('en-XA') as { views: { today: { title: string } } };
    expect(pseudo.views.today.title).toMatch(/^\[Ţöđàý ·+\]$/);
    expect(leaves(pseudo).size).toBe(leaves(englishContent()).size);
  });
});

/** Every string leaf of a tree, by its dotted path. */
function leaves(node: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') into.set(prefix, node);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

type Element = ReturnType<IntlMessageFormat['getAst']>[number];
/** A message's argument names, and for each plural argument the categories it spells out (=0 aside). */
function shapeOf(message: string, locale: string) {
  const names = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  const walk = (elements: readonly Element[]) => {
    for (const element of elements) {
      if (element.type === 0 || element.type === 7) continue;
      if ('value' in element && typeof element.value === 'string') names.add(element.value);
      if ('options' in element) {
        if (element.type === 6) plurals.set(element.value, new Set(Object.keys(element.options).filter((key) => !key.startsWith('='))));
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return { names: [...names].sort(), plurals };
}

describe('every translated locale is complete', () => {
  const english = leaves(englishContent());
  const englishFiles = fs.readdirSync(path.join(localesDir, '..')).filter((name) => name.endsWith('.json'));

  it.each(translated)('%s has every English line, with the same placeholders and its own plural forms', (tag) => {
    const dir = path.join(localesDir, tag);
    // Written by the translator sessions; until their branches are merged the directory does not exist yet.
    if (!fs.existsSync(dir)) return;
    expect(fs.readdirSync(dir).sort()).toEqual([...englishFiles].sort());
    const catalogue = leaves(catalogueOf(tag));
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
    for (const [key, text] of english) {
      const line = catalogue.get(key);
      expect(line, `${tag}: ${key} is missing`).toBeTypeOf('string');
      const source = shapeOf(text, 'en');
      const target = shapeOf(line as string, tag);
      expect(target.names, `${tag}: ${key} placeholders`).toEqual(source.names);
      for (const [name] of source.plurals) {
        const forms = target.plurals.get(name);
        expect(forms, `${tag}: ${key} needs a plural for {${name}}`).toBeDefined();
        for (const category of categories) expect([...(forms ?? [])], `${tag}: ${key} {${name}}`).toContain(category);
      }
    }
    expect([...catalogue.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('English and both pseudo-locales parse as ICU messages, each with the same placeholders', () => {
    for (const tag of ['en-XA', 'ar-XB'] as const) {
      const catalogue = leaves(catalogueOf(tag));
      for (const [key, text] of english) {
        if (key.endsWith('.id')) continue;
        expect(shapeOf(catalogue.get(key) as string, 'en').names, `${tag}: ${key}`).toEqual(shapeOf(text, 'en').names);
      }
    }
  });
});

/** Every leaf of a tree (strings, numbers, flags), by its dotted path, with its kind. */
function kinds(node: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) kinds(value, prefix ? `${prefix}.${key}` : key, into);
  } else into.set(prefix, typeof node);
  return into;
}

describe("the page's content tree, which holds no words (content/page.ts)", () => {
  const contentDir = path.join(localesDir, '..');
  const filesOf = (dir: string) =>
    Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => [name, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as unknown]),
    );
  const englishKinds = kinds(englishContent());

  it('has exactly the key paths of English, each leaf of the same kind, and no word but the ids', () => {
    // As electron.vite.config.ts builds it: from the English files on disk.
    const shape = withoutWords(treeOfFiles(filesOf(contentDir)));
    expect(englishKinds.size).toBeGreaterThan(1000);
    expect([...kinds(shape)].sort()).toEqual([...englishKinds].sort());
    const words = [...leaves(shape)].filter(([key, text]) => text !== '' && !key.endsWith('.id'));
    expect(words).toEqual([]);
    const ids = [...leaves(englishContent())].filter(([key]) => key.endsWith('.id'));
    expect(ids.length).toBeGreaterThan(20);
    for (const [key, id] of ids) expect(leaves(shape).get(key), key).toBe(id);
    // Numbers and flags the code reads when a module loads (a step's number, whether it is optional).
    expect((shape as typeof content).reflection.steps.map((step) => [step.number, step.optional])).toEqual(
      content.reflection.steps.map((step) => [step.number, step.optional]),
    );
  });

  it.each(translated)('%s has exactly the key paths of English, each leaf of the same kind', (tag) => {
    const catalogue = treeOfFiles(filesOf(path.join(localesDir, tag)));
    expect([...kinds(catalogue)].sort()).toEqual([...englishKinds].sort());
  });
});
