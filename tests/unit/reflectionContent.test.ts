import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../../content';
import { reflectionContentSchema, reflectUiSchema } from '../../content/schema';
import { reasonIds, stages, upgradeItemIds } from '../../electron/core/reflection/schema';

const read = (name: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../content', name), 'utf8'));

describe('reflection content', () => {
  it('names exactly the reasons, stages and checklist items the code knows', () => {
    expect(content.reflection.reasons.map((reason) => reason.id)).toEqual([...reasonIds]);
    expect(content.reflection.stages.map((stage) => stage.id)).toEqual([...stages]);
    expect(content.reflection.upgradeChecklist.map((item) => item.id)).toEqual([...upgradeItemIds]);
  });

  it('refuses a file whose ids drift from the code, or whose step lacks a prompt its screen shows', () => {
    const drifted = read('reflection.json');
    drifted.reasons[0].id = 'vibes';
    expect(reflectionContentSchema.safeParse(drifted).success).toBe(false);
    const missing = read('reflection.json');
    delete missing.steps[0].prompts.intensity;
    expect(reflectionContentSchema.safeParse(missing).success).toBe(false);
  });

  it('refuses a screen-words file with a missing or empty line', () => {
    const broken = read('reflect-ui.json');
    delete broken.flow.next;
    expect(reflectUiSchema.safeParse(broken).success).toBe(false);
    const blank = read('reflect-ui.json');
    blank.errors.futureDate = '   ';
    expect(reflectUiSchema.safeParse(blank).success).toBe(false);
  });

  // `what` and `min` are filled by core's reflection schema (a field's name, a scale's ends).
  it('uses only placeholders the screens fill', () => {
    const known = new Set([
      'company',
      'role',
      'recruiterName',
      'myName',
      'date',
      'step',
      'total',
      'when',
      'days',
      'answered',
      'asked',
      'message',
      'item',
      'id',
      'before',
      'after',
      'max',
      'min',
      'what',
      'shown',
      'count',
      'status',
      'name',
    ]);
    for (const [, name] of JSON.stringify(content.reflectUi).matchAll(/\{(\w+)\}/g)) expect(known).toContain(name);
  });

  it('asks the same 1 (light) to 10 (heavy) question before and after', () => {
    const before = content.reflection.steps[0]?.prompts.intensity ?? '';
    const after = content.reflection.steps[6]?.prompts.moodAfter ?? '';
    for (const prompt of [before, after]) expect(prompt).toMatch(/1 \(light\) to 10 \(heavy\)/);
  });

  it('never headlines a count of rejections', () => {
    const values: string[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') values.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(content.reflectUi);
    const words = values.join(' | ').toLowerCase();
    expect(words).not.toMatch(/\d*\s*rejections? (so far|total|count)/);
    expect(words).not.toMatch(/fail/);
  });
});
