/**
 * The renderer's Content-Security-Policy: only the app's own files, no inline
 * script, no eval, no remote origin of any kind. Sent as a header by the app
 * protocol and repeated in index.html's meta tag (a test keeps them equal).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
