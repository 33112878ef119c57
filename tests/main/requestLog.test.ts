import { describe, expect, it } from 'vitest';
import { hostOf, leavesTheApp } from '../../electron/main/requestLog';

describe("which requests leave the app (the Electron suite's webRequest log)", () => {
  it.each([
    ['app://rebound/index.html', false],
    ['app://rebound/assets/index-1.js', false],
    ['file:///opt/Rebound/resources/app/out/renderer/index.html', false],
    ['data:image/png;base64,AAAA', false],
    ['blob:app://rebound/1234', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['about:blank', false],
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', true],
    ['http://localhost:5173/', true],
    ['https://fonts.googleapis.com/css', true],
    ['wss://example.com/socket', true],
    ['not a url', true],
  ])('%s leaves: %s', (url, leaves) => {
    expect(leavesTheApp(url)).toBe(leaves);
  });
});

describe('what the log keeps of a blocked request', () => {
  it.each([
    ['https://example.com/search?q=my+rejection', 'https://example.com'],
    ['http://localhost:5173/a/b', 'http://localhost:5173'],
    ['nonsense', '(not a URL)'],
  ])('%s → %s', (url, kept) => {
    expect(hostOf(url)).toBe(kept);
  });
});
