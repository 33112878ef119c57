import type { Catalogue } from './apply';

/** content/<file>.json's key in `content`: reflect-ui.json is reflectUi. */
export function contentKeyOf(fileName: string): string {
  return fileName.replace(/\.json$/, '').replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
}

/** Files found by a glob (`./<tag>/<file>.json`), grouped into one catalogue per locale. */
export function cataloguesFrom(found: Record<string, unknown>): Partial<Record<string, Catalogue>> {
  const byTag: Partial<Record<string, Record<string, unknown>>> = {};
  for (const [file, json] of Object.entries(found)) {
    const match = /\.\/([^/]+)\/([^/]+\.json)$/.exec(file);
    if (!match) continue;
    const tag = match[1] as string;
    (byTag[tag] ??= {})[contentKeyOf(match[2] as string)] = json;
  }
  return byTag;
}
