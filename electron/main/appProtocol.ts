import path from 'node:path';

export const appScheme = 'app';
export const appHost = 'rebound';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** The page's address after a crash: the same view, with `?recovered` so the page restores its drafts. */
export function recoveryUrl(url: string): string {
  const parsed = new URL(url);
  parsed.search = '?recovered';
  return parsed.toString();
}

/**
 * Registered before `ready`, once. app:// behaves like https (standard,
 * secure) so the CSP, fetch and storage work; codeCache lets V8 keep the
 * compiled renderer scripts between launches (it needs standard, which is on).
 */
export const privilegedSchemes = [
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
];

/**
 * Maps an app:// request to a file inside the renderer's build folder, or
 * null. Refuses other hosts, encoded or plain `..`, backslashes, NUL bytes
 * and anything that would resolve outside `rootDir`.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  // The URL parser would quietly fold `..` away; a request that contains one is refused outright.
  if (/(^|[/\\]|%2f|%5c)(\.|%2e){2}([/\\?#]|%2f|%5c|$)/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function mimeTypeOf(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
