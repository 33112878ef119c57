import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, electronBindingPath } from '../../electron/main/nativeBinding';

describe('which better-sqlite3 build main loads', () => {
  it('prefers the Electron-ABI copy prepared by npm start', () => {
    const expected = path.join('/proj', '.native', 'electron-45.5.0', 'better_sqlite3.node');
    expect(electronBindingPath('/proj', '45.5.0')).toBe(expected);
    expect(chooseNativeBinding('/proj', '45.5.0', (file) => file === expected)).toBe(expected);
  });

  it("falls back to the package's own build (a packaged app) when there is none", () => {
    expect(chooseNativeBinding('/proj', '45.5.0', () => false)).toBeUndefined();
  });
});
