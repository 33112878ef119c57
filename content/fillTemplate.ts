/** Fills {name} placeholders; a missing value becomes the given fallback or an empty string. */
export function fillTemplate(template: string, values: Record<string, string | undefined>, fallbacks: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = values[key]?.trim();
    return value ? value : (fallbacks[key] ?? '');
  });
}

/**
 * Fills an error message's {name} placeholders exactly as given (no trimming: a value may be the
 * person's own text, quoted back). Numbers are written as the copy writes them, "20,000"; pass a
 * String for a line number or a version, which carry no separator. An unknown name stays visible.
 */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const value = values[key];
    if (value === undefined) return match;
    return typeof value === 'number' ? value.toLocaleString('en-US') : value;
  });
}
