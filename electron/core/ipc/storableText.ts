/**
 * Where a parsed input holds text with a NUL character in it. SQLite's text
 * functions stop at NUL (`length('\0Acme')` is 0), so the store's own checks
 * would refuse such a row with an error nobody can read; the gate refuses it
 * first, beside the field, for every channel at once.
 */
export function textsWithNul(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path.length ? path.join('.') : '_');
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => textsWithNul(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) textsWithNul(item, [...path, key], found);
  }
  return found;
}
