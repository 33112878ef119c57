import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content, fillMessage, fillTemplate } from '../../content';
import type { z } from 'zod';
import {
  dataContentSchema,
  desktopContentSchema,
  encouragementSchema,
  faqSchema,
  feedbackTemplatesSchema,
  importsContentSchema,
  plannerContentSchema,
  reflectionContentSchema,
  reflectUiSchema,
  remindersContentSchema,
  stepIds,
  viewsSchema,
  winsContentSchema,
} from '../../content/schema';

const contentDir = path.join(import.meta.dirname, '../../content');
const schemas: Record<string, z.ZodType> = {
  'data.json': dataContentSchema,
  'desktop.json': desktopContentSchema,
  'encouragement.json': encouragementSchema,
  'faq.json': faqSchema,
  'feedback-templates.json': feedbackTemplatesSchema,
  'imports.json': importsContentSchema,
  'planner.json': plannerContentSchema,
  'reflect-ui.json': reflectUiSchema,
  'reflection.json': reflectionContentSchema,
  'reminders.json': remindersContentSchema,
  'views.json': viewsSchema,
  'wins.json': winsContentSchema,
};

describe('content', () => {
  it('loads every content file', () => {
    expect(content.views.today.title).toBe('Today');
    expect(content.faq.items.length).toBeGreaterThanOrEqual(4);
  });

  it('has a schema for every content file', () => {
    expect(
      fs
        .readdirSync(contentDir)
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(Object.keys(schemas).sort());
  });

  // The app uses the files as they are (no zod at startup), so parsing must accept each one and change nothing.
  it.each(Object.keys(schemas))('%s passes its schema, and parsing it changes nothing', (name) => {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(contentDir, name), 'utf8'));
    const parsed = (schemas[name] as z.ZodType).safeParse(raw);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toStrictEqual(raw);
  });

  it('follows the guide: seven steps in its order', () => {
    expect(content.reflection.steps.map((step) => step.id)).toEqual([...stepIds]);
  });

  it('refuses a reflection file whose steps are out of order', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../content/reflection.json'), 'utf8'));
    raw.steps.reverse();
    expect(reflectionContentSchema.safeParse(raw).success).toBe(false);
  });

  it('uses only placeholders the code fills', () => {
    // The error sections' placeholders are filled by core (fillMessage): limits, versions, the table and row at fault.
    const known = new Set([
      'company',
      'role',
      'recruiterName',
      'myName',
      'path',
      'date',
      'name',
      'added',
      'skipped',
      'max',
      'min',
      'found',
      'supported',
      'table',
      'row',
      'field',
      'reason',
      'when',
      'message',
    ]);
    const all = JSON.stringify([content.feedbackTemplates, content.views, content.data]);
    for (const [, name] of all.matchAll(/\{(\w+)\}/g)) expect(known).toContain(name);
  });

  it('fills templates, falling back when a value is missing or blank', () => {
    expect(fillTemplate('Hi {name}, about {role}', { name: '  ', role: 'Designer' }, { name: 'there' })).toBe('Hi there, about Designer');
    expect(fillTemplate('{missing}!', {})).toBe('!');
  });

  it('fills error messages exactly: numbers as the copy writes them, text untouched, an unknown name left visible', () => {
    expect(fillMessage('Keep the note under {max} characters.', { max: 20000 })).toBe('Keep the note under 20,000 characters.');
    expect(fillMessage('Line {line}: {reason}', { line: String(1234), reason: ' the column "x " ' })).toBe('Line 1234:  the column "x " ');
    expect(fillMessage('Pick {day} or later{dot}', { day: '2026-03-02' })).toBe('Pick 2026-03-02 or later{dot}');
  });

  it('never frames a rejection count as failure', () => {
    const words = JSON.stringify(content).toLowerCase();
    expect(words).not.toMatch(/\bfail(ed|ure)s?\b.{0,40}\breject/);
    expect(words).not.toMatch(/\brejection count\b/);
  });
});
