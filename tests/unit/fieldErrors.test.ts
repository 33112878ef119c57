import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../electron/core/ipc/fieldErrors';
import { withNumberHint } from '../../renderer/src/components/useFieldErrors';

const form = z
  .object({
    company: z
      .string()
      .min(1, 'Add the company name.')
      .regex(/^[A-Z]/, 'Start with a capital.'),
    targets: z.object({ apply: z.number({ error: 'Numbers only.' }).int().min(0, 'Zero or more.') }).strict(),
  })
  .strict();

describe('one shape for field messages', () => {
  it('keeps the first message of each field, keyed by its dotted path', () => {
    const result = form.safeParse({ company: '', targets: { apply: -1 } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldsOf(result.error)).toEqual({ company: 'Add the company name.', 'targets.apply': 'Zero or more.' });
  });

  it('puts a complaint about the input as a whole under _', () => {
    const result = z.string({ error: 'Send some text.' }).safeParse(3);
    if (result.success) throw new Error('expected a refusal');
    expect(fieldsOf(result.error)).toEqual({ _: 'Send some text.' });
  });

  it('names fields under a prefix when a form checks one part of a larger input', () => {
    const result = z.object({ apply: z.number().min(0, 'Zero or more.') }).safeParse({ apply: -2 });
    if (result.success) throw new Error('expected a refusal');
    expect(fieldsOf(result.error, 'targets.')).toEqual({ 'targets.apply': 'Zero or more.' });
  });

  it('says "a whole number" where a number field held no number, and leaves the other messages alone', () => {
    const candidate = { company: '', targets: { apply: Number.NaN } };
    const result = form.safeParse(candidate);
    if (result.success) throw new Error('expected a refusal');
    expect(withNumberHint(fieldsOf(result.error), candidate, 'Enter a whole number.')).toEqual({
      company: 'Add the company name.',
      'targets.apply': 'Enter a whole number.',
    });
  });
});
