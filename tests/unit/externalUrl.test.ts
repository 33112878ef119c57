import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../electron/core/app/externalUrl';

describe('which links may leave the app', () => {
  it.each([
    'https://jobs.example.com/role/123',
    'http://example.org',
    'https://www.linkedin.com/in/someone?utm=1#top',
    'mailto:recruiter@example.com',
    'mailto:recruiter@example.com?subject=Thanks&body=Hello%20there',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript with case and spaces', ' JaVaScRiPt:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'app://rebound/index.html'],
    ['smb share', 'smb://server/share'],
    ['ms-settings', 'ms-settings:privacy'],
    ['credentials in the URL', 'https://user:pass@example.com/'],
    ['user only', 'https://evil.com@example.com/'],
    ['a newline inside', 'https://example.com/\nfile:///etc'],
    ['a tab inside', 'https://exam\tple.com'],
    ['a line separator', 'https://example.com/\u2028'],
    ['a relative path', '/etc/passwd'],
    ['a host with no dot', 'http://localhost:8080'],
    ['an empty string', ''],
    ['not a string', 42],
    ['an object', { toString: () => 'https://example.com' }],
    ['a mailto with no address', 'mailto:'],
    ['a mailto to a path', 'mailto:/etc/passwd'],
    ['an over-long URL', `https://example.com/${'a'.repeat(5000)}`],
    ['protocol-relative', '//example.com'],
    ['vbscript', 'vbscript:msgbox(1)'],
    // Only http(s) and mailto leave the app: another scheme with a real host is still refused.
    ['ftp with a real host', 'ftp://files.example.com/'],
    ['a mailto whose address starts with a slash', 'mailto:/a@b.c'],
    // A broken escape cannot be read as an address, so nothing is guessed.
    ['a mailto with a broken escape', 'mailto:dana%ZZ@example.com'],
  ])('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  // The limit is the contract's: a link of at most 4096 characters (openExternalInput) may open.
  const at = (length: number) => {
    const start = 'https://jobs.example.com/';
    return start + 'a'.repeat(length - start.length);
  };
  it('opens a link exactly 4096 characters long', () => {
    expect(at(4096)).toHaveLength(4096);
    expect(isSafeExternalUrl(at(4096))).toBe(true);
  });
  it('refuses a link of 4097 characters', () => {
    expect(at(4097)).toHaveLength(4097);
    expect(isSafeExternalUrl(at(4097))).toBe(false);
  });
});
