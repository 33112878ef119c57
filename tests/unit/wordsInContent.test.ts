import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every sentence a person sees lives in content/ (content/README.md), so the coming translations have one
// place to start from. This scan reads electron/core's TypeScript as TypeScript, so comments are never
// read, and fails on any string that reads like a sentence: two words or more, and . ? ! or : last.
// It is stricter than "starts with a capital": "the column {} appears twice." is words too.

const coreDir = path.resolve(import.meta.dirname, '../../electron/core');

/** Statements for SQLite, not words for a person. */
const sql = /^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WITH|CREATE|ALTER|DROP|BEGIN|COMMIT|ROLLBACK|VACUUM|REPLACE)\b/;

/**
 * Strings that read like sentences but never reach a person. Keep this short; each entry says why.
 * The key is the file (from electron/core) and the text as the scan sees it (a placeholder shows as {}).
 */
const notForPeople: Record<string, string> = {
  // A programming mistake in the channel tables, thrown while the contract is built at startup.
  'ipc/contract.ts': 'The IPC channel {} is declared twice.',
  // A programming mistake in the preload's caller, thrown before anything reaches core.
  'ipc/api.ts': 'A listener for {} must be a function.',
  // A Content-Security-Policy directive, read by the browser engine.
  'app/csp.ts': "img-src 'self' data:",
  // Goes to the log: main shows the person views.notices.databaseTooNew instead (electron/main/index.ts).
  'db/migrate.ts':
    'This data was saved by a newer version of Rebound (data version {}; this app reads up to {}). Nothing was changed. Please update Rebound to open it.',
};

interface Sentence {
  file: string;
  line: number;
  text: string;
}

function looksLikeSentence(text: string): boolean {
  return /[A-Za-z'’]+ [A-Za-z]/.test(text) && /[.?!:][)"']?$/.test(text.trim()) && !sql.test(text);
}

/** The text of a literal, or of a chain of literals joined with +, placeholders as {}; the parts it read go in `read`. */
function textOf(node: ts.Node, read: Set<ts.Node>): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    read.add(node);
    return node.text;
  }
  if (ts.isTemplateExpression(node)) {
    read.add(node);
    return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
  }
  if (ts.isParenthesizedExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)) {
    const parts = ts.isParenthesizedExpression(node) ? [node.expression] : [node.left, node.right];
    const texts = parts.map((part) => textOf(part, read));
    if (texts.every((text) => text === null)) return null;
    read.add(node);
    return texts.map((text) => text ?? '{}').join('');
  }
  return null;
}

function sentencesIn(file: string, source: string): Sentence[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Sentence[] = [];
  const read = new Set<ts.Node>();
  const visit = (node: ts.Node): void => {
    // A chain is judged whole and its parts not again; the code inside it (a ${…} or a + operand) still is.
    if (!read.has(node)) {
      const text = textOf(node, read);
      if (text !== null && looksLikeSentence(text)) {
        found.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('words live in content/', () => {
  it('recognizes a sentence, and leaves SQL, ids and comments alone', () => {
    const source = [
      '// A comment: Keep the note short.',
      "const a = 'Keep the note under 2,000 characters.';",
      'const b = `Keep the title under ${max} characters; the note has room for the rest.`;',
      "const c = 'SELECT 1 FROM wins WHERE id = ?';",
      "const d = 'invalid_input';",
      "const e = 'Pick a date ' +\n  'that has passed.';",
      '/** Pick one: from the list. */',
      'const f = "Pick a day: today?";',
      "const g = `${table}, row ${n}: unknown field ${describe(x ?? 'not valid.')}`;",
      "const h = ['yes', 'no', 'a-b c', 'Done.'];",
    ].join('\n');
    expect(sentencesIn('x.ts', source)).toEqual([
      { file: 'x.ts', line: 2, text: 'Keep the note under 2,000 characters.' },
      { file: 'x.ts', line: 3, text: 'Keep the title under {} characters; the note has room for the rest.' },
      { file: 'x.ts', line: 6, text: 'Pick a date that has passed.' },
      { file: 'x.ts', line: 9, text: 'Pick a day: today?' },
      { file: 'x.ts', line: 10, text: 'not valid.' },
    ]);
  });

  it('finds no sentence written in electron/core, outside the short list of developer messages', () => {
    const files = tsFiles(coreDir);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .flatMap((file) => sentencesIn(path.relative(coreDir, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')))
      .filter((sentence) => notForPeople[sentence.file] !== sentence.text)
      .map((sentence) => `electron/core/${sentence.file}:${sentence.line}  ${sentence.text}`);
    expect(offenders, 'Move these to content/ (see content/README.md)').toEqual([]);
  });

  it('keeps every allowed entry in use, so the list cannot outlive its reason', () => {
    for (const [file, text] of Object.entries(notForPeople)) {
      const found = sentencesIn(file, fs.readFileSync(path.join(coreDir, file), 'utf8')).map((sentence) => sentence.text);
      expect(found, file).toContain(text);
    }
  });
});
