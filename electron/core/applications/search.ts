/**
 * The list's search as an FTS5 query: each word the person typed must start
 * a word somewhere in the application (company, role, location, recruiter,
 * notes, posting) or its linked people (migration 0008 indexes both as one
 * row). "front lis" finds a Frontend developer in Lisbon; "acme dana" finds
 * Acme's application that Dana is linked to. Accents fold both ways, as the
 * index was built.
 */

/** Words as FTS5 splits them (letters and digits; everything else separates). */
function wordsOf(search: string): string[] {
  return search
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The MATCH expression, or null when the index cannot answer: nothing but
 * punctuation ("100%", "#"), or only one-character words, which the prefix
 * index does not hold; those fall back to the LIKE scan.
 */
export function ftsQueryOf(search: string): string | null {
  const words = wordsOf(search);
  if (words.length === 0 || words.every((word) => [...word].length < 2)) return null;
  // Each word quoted (so "and", "or", "near" are words, not operators) and matched as a prefix.
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' AND ');
}
