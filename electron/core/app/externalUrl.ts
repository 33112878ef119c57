/**
 * Whether a link may leave the app for the system browser or mail client.
 * Only http(s) to a real host, or mailto; never file:, javascript:, data:,
 * custom schemes, credentials in the URL, or control characters that hide a
 * different target.
 */
export function isSafeExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return false;
  // Control characters and whitespace are how a URL pretends to be another.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') {
    return /^[^@/?#]+@[^@/?#]+\.[^@/?#]+/.test(decodeURIComponentSafe(url.pathname));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  if (!url.hostname || !url.hostname.includes('.')) return false;
  return true;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
