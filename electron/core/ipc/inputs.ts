import { z } from 'zod';

/**
 * The building blocks every channel's input shares. Imported by the renderer
 * too (through the feature schemas), so it may import only zod.
 */

/** A row's id: a positive whole number that SQLite can hold. */
export const idSchema = z
  .number({ error: 'That item was not understood.' })
  .int('That item was not understood.')
  .positive('That item was not understood.')
  .max(Number.MAX_SAFE_INTEGER, 'That item was not understood.');

/** `{ id }`: the input of every channel that acts on one row (delete, restore, get). */
export const idInput = z.object({ id: idSchema }).strict();

/**
 * An array checked for length before its items: a hostile payload of a
 * million bad items is refused at once instead of producing a million issues.
 */
export function boundedArray<T extends z.ZodType>(item: T, max: number, message: string) {
  return z.array(z.unknown()).max(max, message).pipe(z.array(item));
}
