/** Fills {{name}} placeholders; a missing value becomes the given fallback or an empty string. */
export function fillTemplate(template: string, values: Record<string, string | undefined>, fallbacks: Record<string, string> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = values[key]?.trim();
    return value ? value : (fallbacks[key] ?? '');
  });
}
