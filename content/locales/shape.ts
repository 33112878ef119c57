import { contentKeyOf } from './grouping';

/**
 * The content tree with its words taken out: the same keys and arrays of the same length, every
 * string empty except an `id` (what the code and the stored answers name a choice by, never
 * translated), numbers and booleans as they are (`steps[].number`, `steps[].optional`: code reads
 * them when a module loads). The page is built on this tree (content/page.ts) and the active
 * locale's words are written into it before the first view renders (content/locales/apply.ts).
 */
export function withoutWords(node: unknown, key = ''): unknown {
  if (typeof node === 'string') return key === 'id' ? node : '';
  if (Array.isArray(node)) return node.map((item) => withoutWords(item));
  if (typeof node === 'object' && node !== null) {
    return Object.fromEntries(Object.entries(node).map(([name, value]) => [name, withoutWords(value, name)]));
  }
  return node;
}

/** content/<file>.json files (name to parsed JSON) as the tree content/index.ts builds: reflect-ui.json is `reflectUi`. */
export function treeOfFiles(files: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(files).map(([file, json]) => [contentKeyOf(file), json]));
}
