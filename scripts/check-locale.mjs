// `node scripts/check-locale.mjs de`: compares content/locales/<tag>/*.json with the English content/*.json
// and fails on any drift a translator can cause: a missing file, keys in another order, an array of another
// length, a changed id or number, a placeholder added or dropped, an ASCII apostrophe (ICU's quote
// character), or a string that intl-messageformat cannot parse for that locale. Strings left identical to
// the English are listed (with --verbose) for a human to judge; they are often fine ("Status", "Feedback").
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';

const tag = process.argv[2];
if (!tag) {
  console.error('Usage: node scripts/check-locale.mjs <tag> [--verbose]');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const contentDir = path.resolve(import.meta.dirname, '../content');
const localeDir = path.join(contentDir, 'locales', tag);
const problems = [];
const same = [];
let strings = 0;

const placeholders = (text) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((match) => match[1])
    .sort()
    .join(',');

function compare(en, local, at, file) {
  const where = `${file} ${at || '(root)'}`;
  if (Array.isArray(en)) {
    if (!Array.isArray(local)) return problems.push(`${where}: should be a list`);
    if (en.length !== local.length) problems.push(`${where}: ${local.length} items where English has ${en.length}`);
    en.forEach((item, index) => compare(item, local[index], `${at}[${index}]`, file));
  } else if (en !== null && typeof en === 'object') {
    if (local === null || typeof local !== 'object' || Array.isArray(local)) return problems.push(`${where}: should be an object`);
    const enKeys = Object.keys(en).join(', ');
    const localKeys = Object.keys(local).join(', ');
    if (enKeys !== localKeys) problems.push(`${where}: keys differ\n    en:  ${enKeys}\n    ${tag}: ${localKeys}`);
    for (const key of Object.keys(en)) compare(en[key], local[key], at ? `${at}.${key}` : key, file);
  } else if (typeof en === 'string') {
    if (typeof local !== 'string') return problems.push(`${where}: should be text`);
    strings += 1;
    const isId = /(^|\.)id$/.test(at);
    if (isId && local !== en) problems.push(`${where}: the id changed ("${local}" for "${en}")`);
    if (en !== '' && local.trim() === '') problems.push(`${where}: empty`);
    if (placeholders(en) !== placeholders(local))
      problems.push(`${where}: placeholders {${placeholders(local)}} where English has {${placeholders(en)}}`);
    if (local.includes("'")) problems.push(`${where}: an ASCII apostrophe, which ICU reads as a quote; use ’ or rephrase`);
    try {
      const values = Object.fromEntries([...local.matchAll(/\{(\w+)\}/g)].map((match) => [match[1], `<${match[1]}>`]));
      const filled = new IntlMessageFormat(local, tag).format(values);
      if (filled !== local.replace(/\{(\w+)\}/g, '<$1>')) problems.push(`${where}: ICU reads it differently: ${filled}`);
    } catch (error) {
      problems.push(`${where}: ICU cannot parse it (${error.message})`);
    }
    if (!isId && en !== '' && en === local) same.push(`${where}: ${local}`);
  } else if (en !== local) {
    problems.push(`${where}: ${JSON.stringify(local)} where English has ${JSON.stringify(en)}`);
  }
}

for (const file of fs.readdirSync(contentDir).filter((name) => name.endsWith('.json'))) {
  const localFile = path.join(localeDir, file);
  if (!fs.existsSync(localFile)) {
    problems.push(`${file}: missing in ${path.relative(process.cwd(), localeDir)}`);
    continue;
  }
  try {
    compare(JSON.parse(fs.readFileSync(path.join(contentDir, file), 'utf8')), JSON.parse(fs.readFileSync(localFile, 'utf8')), '', file);
  } catch (error) {
    problems.push(`${file}: ${error.message}`);
  }
}

for (const problem of problems) console.log(`✗ ${problem}`);
if (verbose) for (const line of same) console.log(`= ${line}`);
console.log(
  `${tag}: ${strings} strings checked, ${problems.length} problems, ${same.length} left as in English${verbose ? '' : ' (--verbose lists them)'}.`,
);
process.exit(problems.length ? 1 : 0);
