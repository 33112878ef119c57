import { relocalize } from '../../../content/locales/apply';

/**
 * Field messages keyed by the field's dotted path (`company`, `targets.apply`),
 * `_` for the input as a whole: the one shape every refusal takes, from the
 * gate, from settings and from the forms that check before they send.
 */
export type FieldMessages = Record<string, string>;

interface Issues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** The first message for each field of a failed zod parse. No zod import: the renderer's first chunk stays free of it. */
export function fieldsOf(error: Issues, prefix = ''): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    const key = path ? `${prefix}${path}` : prefix.replace(/\.$/, '') || '_';
    // A schema's message is fixed when the schema is built: said again in the active locale's words.
    fields[key] ??= relocalize(issue.message);
  }
  return fields;
}
