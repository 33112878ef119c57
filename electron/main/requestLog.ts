/**
 * Whether a request the session saw would leave the computer. Rebound's own
 * pages (app://), the files its protocol handler reads (file://) and
 * in-memory URLs stay inside; anything else (http, https, ws, ftp, a
 * dictionary server) is a broken promise. Used by the Electron suite's
 * webRequest log, which must stay empty for a whole run.
 */
export function leavesTheApp(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return true;
  }
  return !['app:', 'file:', 'data:', 'blob:', 'devtools:', 'chrome-error:', 'about:'].includes(protocol);
}

/** What the log keeps of a blocked request: its scheme and host, never a path or query that could carry words. */
export function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return '(not a URL)';
  }
}
