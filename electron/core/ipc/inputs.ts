import { z } from 'zod';
import { content } from '../../../content';
import { fillAndRemember } from '../../../content/fillTemplate';

/**
 * The building blocks every channel's input shares. Imported by the renderer
 * too (through the feature schemas), so it may import only zod and content/
 * (JSON and types).
 */

/** A row's id: a positive whole number that SQLite can hold. */
const notUnderstood = content.views.errors.itemNotUnderstood;
export const idSchema = z
  .number({ error: notUnderstood })
  .int(notUnderstood)
  .positive(notUnderstood)
  .max(Number.MAX_SAFE_INTEGER, notUnderstood);

/**
 * A limit and its message, from one number: `.max(...limit(200, words.roleTooLong))` fills the
 * message's {max} (or {min}) with the very value the check uses, so the two cannot drift.
 */
export function limit(value: number, template: string, name: 'max' | 'min' = 'max'): readonly [number, string] {
  return [value, fillAndRemember(template, { [name]: value })];
}

/** Where a page of a long list starts: every paged list takes it. */
export const pageOffset = z
  .number({ error: content.views.errors.page })
  .int(content.views.errors.page)
  .min(0, content.views.errors.page)
  .max(10_000_000, content.views.errors.page);

/** How many rows a page may hold, at most `max` (the message names the list: "at most 200 applications"). */
export function pageLimit(max: number, tooMany: string) {
  const words = content.views.errors;
  return z
    .number({ error: words.pageSize })
    .int(words.pageSize)
    .min(1, words.pageSize)
    .max(...limit(max, tooMany));
}

/** `{ id }`: the input of every channel that acts on one row (delete, restore, get). */
export const idInput = z.object({ id: idSchema }).strict();

/**
 * An array checked for length before its items: a hostile payload of a
 * million bad items is refused at once instead of producing a million issues.
 */
export function boundedArray<T extends z.ZodType>(item: T, max: number, message: string) {
  return z.array(z.unknown()).max(max, message).pipe(z.array(item));
}
