import { describe, expect, it } from 'vitest';
import { langSwitch } from '../../electron/core/locale/chromiumLang';

const file = (language: unknown) => JSON.stringify({ theme: 'system', language, weekStartsOn: 1 });

describe("Chromium's --lang from the Language setting, read from the settings file before ready", () => {
  it.each<[string, string | undefined, string | null]>([
    ['German', file('de'), 'de'],
    ['Spanish', file('es'), 'es'],
    ['Brazilian Portuguese', file('pt-BR'), 'pt-BR'],
    ['English, as Chromium names it', file('en'), 'en-US'],
    ['"system": Chromium follows the system', file('system'), null],
    ['the accented pseudo-locale', file('en-XA'), null],
    ['the mirrored pseudo-locale', file('ar-XB'), null],
    ['a locale Rebound does not ship', file('fr'), null],
    ['a tag in another case', file('DE'), null],
    ['a name every object has', file('constructor'), null],
    ['a prototype key', file('__proto__'), null],
    ['a number', file(5), null],
    ['no language at all', JSON.stringify({ theme: 'dark' }), null],
    ['no settings file yet', undefined, null],
    ['an empty file', '', null],
    ['a damaged file', '{"language": "de"', null],
    ['JSON that is not an object', '"de"', null],
    ['null', 'null', null],
    ['an array', '["de"]', null],
  ])('%s', (_case, text, expected) => {
    expect(langSwitch(text)).toBe(expected);
  });
});
