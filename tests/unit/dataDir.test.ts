import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from '../../electron/core/dataDir';
import { productName } from '../../electron/core/app/identity';

const projectDir = path.resolve(import.meta.dirname, '../..');
const nothing = () => false;

// The places Rebound's data has always been documented to live; written out by hand, never computed.
const table: Array<[string, Parameters<typeof userDataDir>[0], string]> = [
  ['Linux, plain', { platform: 'linux', env: {}, homeDir: '/home/sam', exists: nothing }, '/home/sam/.config/Rebound'],
  [
    'Linux, absolute XDG_CONFIG_HOME',
    { platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, homeDir: '/home/sam' },
    '/data/cfg/Rebound',
  ],
  [
    'Linux, relative XDG_CONFIG_HOME is ignored',
    { platform: 'linux', env: { XDG_CONFIG_HOME: 'cfg' }, homeDir: '/home/sam' },
    '/home/sam/.config/Rebound',
  ],
  [
    'Linux, blank XDG_CONFIG_HOME',
    { platform: 'linux', env: { XDG_CONFIG_HOME: '  ' }, homeDir: '/home/sam' },
    '/home/sam/.config/Rebound',
  ],
  ['FreeBSD follows XDG too', { platform: 'freebsd', env: {}, homeDir: '/home/sam' }, '/home/sam/.config/Rebound'],
  [
    'macOS',
    { platform: 'darwin', env: { XDG_CONFIG_HOME: '/ignored' }, homeDir: '/Users/sam' },
    '/Users/sam/Library/Application Support/Rebound',
  ],
  [
    'Windows, %APPDATA%',
    { platform: 'win32', env: { APPDATA: 'C:\\Users\\Sam\\AppData\\Roaming' }, homeDir: 'C:\\Users\\Sam' },
    'C:\\Users\\Sam\\AppData\\Roaming\\Rebound',
  ],
  [
    'Windows, redirected %APPDATA%',
    { platform: 'win32', env: { APPDATA: 'D:\\Profiles\\sam' }, homeDir: 'C:\\Users\\Sam' },
    'D:\\Profiles\\sam\\Rebound',
  ],
  ['Windows, no %APPDATA%', { platform: 'win32', env: {}, homeDir: 'C:\\Users\\Sam' }, 'C:\\Users\\Sam\\AppData\\Roaming\\Rebound'],
];

describe('the data folder per system (the same for npm start and every installer)', () => {
  it.each(table)('%s', (_name, options, expected) => {
    expect(userDataDir(options)).toBe(expected);
  });

  it('keeps using the lowercase folder that npm start wrote to on Linux before packaging, when it holds a database', () => {
    const present = new Set(['/home/sam/.config/rebound/rebound.sqlite3']);
    expect(userDataDir({ platform: 'linux', env: {}, homeDir: '/home/sam', exists: (f) => present.has(f) })).toBe(
      '/home/sam/.config/rebound',
    );
  });

  it('prefers Rebound as soon as it exists, and ignores an empty lowercase folder', () => {
    const both = new Set(['/home/sam/.config/Rebound', '/home/sam/.config/rebound/rebound.sqlite3']);
    expect(userDataDir({ platform: 'linux', env: {}, homeDir: '/home/sam', exists: (f) => both.has(f) })).toBe('/home/sam/.config/Rebound');
    const emptyOld = new Set(['/home/sam/.config/rebound']);
    expect(userDataDir({ platform: 'linux', env: {}, homeDir: '/home/sam', exists: (f) => emptyOld.has(f) })).toBe(
      '/home/sam/.config/Rebound',
    );
  });

  it('never looks for a lowercase folder on macOS or Windows, whose file systems ignore case', () => {
    const asked: string[] = [];
    const exists = (file: string) => (asked.push(file), true);
    userDataDir({ platform: 'darwin', env: {}, homeDir: '/Users/sam', exists });
    userDataDir({ platform: 'win32', env: { APPDATA: 'C:\\A' }, homeDir: 'C:\\Users\\Sam', exists });
    expect(asked).toEqual([]);
  });

  it("is what Electron's own default would give too: package.json's productName is Rebound", () => {
    // app.getName() prefers productName, and userData defaults to appData + that name, so a
    // runtime that ignored main's setPath would still land in the same folder.
    const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { productName?: string };
    expect(pkg.productName).toBe('Rebound');
    expect(productName).toBe('Rebound');
  });
});
