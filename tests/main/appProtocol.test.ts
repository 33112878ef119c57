import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/core/app/csp';
import { mimeTypeOf, privilegedSchemes, recoveryUrl, resolveAppFile } from '../../electron/main/appProtocol';

const root = path.resolve('/app/out/renderer');

describe('the app:// protocol handler', () => {
  it.each([
    ['app://rebound/', 'index.html'],
    ['app://rebound/index.html', 'index.html'],
    ['app://rebound/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://rebound/assets/a%20b.css', 'assets/a b.css'],
    ['app://rebound/index.html?x=1#top', 'index.html'],
  ])('serves %s from the build folder', (url, relative) => {
    expect(resolveAppFile(root, url)).toBe(path.join(root, relative));
  });

  it.each([
    ['plain ..', 'app://rebound/../../etc/passwd'],
    ['encoded ..', 'app://rebound/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slash and ..', 'app://rebound/assets%2f..%2f..%2fsecret'],
    ['backslash', 'app://rebound/..\\..\\secret'],
    ['encoded backslash', 'app://rebound/assets/%5c..%5c..%5csecret'],
    ['NUL byte', 'app://rebound/index.html%00.png'],
    ['bad escape', 'app://rebound/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://rebound.evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://rebound/index.html'],
    ['not a URL', 'rebound index'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('labels files with their type', () => {
    expect(mimeTypeOf('/x/index.html')).toMatch(/^text\/html/);
    expect(mimeTypeOf('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no remote origin, inline script or eval', () => {
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is the same in index.html as in the protocol header', () => {
    const html = fs.readFileSync(path.join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy);
  });
});

describe('the app:// scheme privileges', () => {
  it('is standard and secure, and keeps V8 code cache (which Electron honours only on a standard scheme)', () => {
    expect(privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });
});

describe('the address a crashed page is reloaded at', () => {
  it.each([
    ['app://rebound/index.html#/reflect?new-rejection-12', 'app://rebound/index.html?recovered#/reflect?new-rejection-12'],
    ['app://rebound/index.html', 'app://rebound/index.html?recovered'],
    ['app://rebound/index.html?recovered#/wins', 'app://rebound/index.html?recovered#/wins'],
  ])('%s → %s', (before, after) => {
    expect(recoveryUrl(before)).toBe(after);
  });
});
