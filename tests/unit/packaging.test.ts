import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { appId, productName } from '../../electron/core/app/identity';

// The installers' configuration, read as electron-builder reads it and checked against the
// JSON schema electron-builder itself ships. Nothing here packages anything: that needs the
// Electron download, and runs in .github/workflows/desktop.yml.
const projectDir = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  extraResources: Array<{ from: string; to: string; filter: string[] }>;
  linux: Record<string, unknown> & { target: string[]; icon: string };
  deb: { depends: string[]; afterInstall: string };
  mac: Record<string, unknown> & { target: Array<{ target: string; arch: string[] }>; entitlements: string; icon: string };
  win: { target: string[]; icon: string };
  nsis: Record<string, unknown>;
};
// A copy: electron-builder's loader normalises the cached module object in place.
const config = structuredClone(require(path.join(projectDir, 'electron-builder.cjs'))) as Config;
const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as Record<string, unknown>;

// electron-builder's own validator settings, without type coercion (stricter: "yes" is not a boolean);
// strict: false as it has it, because the schema uses a `typeof` keyword ajv does not know.
const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
const minimatch = require('minimatch') as (file: string, pattern: string) => boolean;

function validate(candidate: unknown) {
  const valid = check(candidate);
  return { valid, errors: (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`) };
}

describe("the installers' configuration", () => {
  it("passes electron-builder's own JSON schema", () => {
    expect(validate(config)).toEqual({ valid: true, errors: [] });
  });

  it("is found by electron-builder's own loader under its default name and accepted by its own validator", async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      getConfig(projectDir: string, configPath: null, override: null): Promise<Record<string, unknown>>;
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const loaded = await getConfig(projectDir, null, null);
    expect(loaded.appId).toBe(config.appId);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is refused by that schema when a key is misspelt or has the wrong type (the check can fail)', () => {
    const cases: Array<[unknown, string]> = [
      [{ ...config, nsis: { ...config.nsis, perMachin: false } }, '/nsis'],
      [{ ...config, deb: { ...config.deb, depends: 'libnotify4' } }, '/deb/depends'],
      [{ ...config, mac: { ...config.mac, hardenedRuntime: 'yes' } }, '/mac/hardenedRuntime'],
    ];
    for (const [candidate, where] of cases) {
      const result = validate(candidate);
      expect(result.valid, where).toBe(false);
      expect(
        result.errors.some((error) => error.startsWith(where)),
        result.errors.join('; '),
      ).toBe(true);
    }
  });

  it('names Rebound with the one appId and productName the app uses', () => {
    expect(config.appId).toBe(appId);
    expect(appId).toBe('app.rebound.desktop');
    expect(config.productName).toBe(productName);
    expect(pkg.productName).toBe(config.productName);
    // Electron takes the Wayland app_id and WM_CLASS from desktopName; syncDesktopName names the .desktop file after it.
    expect(pkg.desktopName).toBe('rebound.desktop');
    expect(config.linux.syncDesktopName).toBe(true);
    expect(config.linux.executableName).toBe('rebound');
  });

  it('has the author and licence the installers print', () => {
    expect(pkg.license).toEqual(expect.any(String));
    // The .deb's Maintainer field is built from the author's name and e-mail.
    expect(pkg.author).toMatchObject({ name: expect.any(String), email: expect.stringContaining('@') });
  });

  it('keeps the database addon out of the asar archive and rebuilds it from source for Electron', () => {
    const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(config.asarUnpack.some((pattern) => minimatch(addon, pattern))).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(true);
  });

  it('ships the build and the icons, with the app icon a second time outside the archive', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'resources/**/*', 'package.json']));
    expect(config.extraResources).toEqual([{ from: 'resources', to: 'icons', filter: expect.arrayContaining(['icon.png']) }]);
    for (const file of [config.linux.icon, config.mac.icon, config.win.icon]) {
      expect(fs.existsSync(path.join(projectDir, file)), file).toBe(true);
    }
  });

  it('builds an AppImage and a .deb that depends on libnotify and an AppIndicator library', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.deb.depends).toContain('libnotify4');
    expect(config.deb.depends).toContain('libayatana-appindicator3-1 | libappindicator3-1');
  });

  it('builds a .dmg for Intel and Apple silicon with the hardened runtime and a JIT entitlement', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = fs.readFileSync(path.join(projectDir, config.mac.entitlements), 'utf8');
    expect(entitlements).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/);
    // Left unset, electron-builder notarizes exactly when Apple credentials are in the environment.
    expect(config.mac).not.toHaveProperty('notarize');
  });

  it('signs with a Developer ID when one is given, keeping library validation on; otherwise signs ad hoc', () => {
    const file = path.join(projectDir, 'electron-builder.cjs');
    const loadWith = (env: Record<string, string>) => {
      const saved = { ...process.env };
      delete process.env.CSC_LINK;
      delete process.env.CSC_NAME;
      delete process.env.CSC_IDENTITY_AUTO_DISCOVERY;
      Object.assign(process.env, env);
      delete require.cache[file];
      try {
        return structuredClone(require(file)) as Config;
      } finally {
        process.env = saved;
        delete require.cache[file];
      }
    };
    const plist = (mac: Config['mac']) => fs.readFileSync(path.join(projectDir, mac.entitlements), 'utf8');
    const signedEnvs: Array<Record<string, string>> = [
      { CSC_LINK: '/secrets/id.p12' },
      { CSC_NAME: 'Developer ID Application: Sam' },
      { CSC_IDENTITY_AUTO_DISCOVERY: 'true' },
    ];
    for (const env of signedEnvs) {
      const { mac } = loadWith(env);
      expect(mac, JSON.stringify(env)).not.toHaveProperty('identity');
      expect(plist(mac)).not.toContain('disable-library-validation');
      expect(validate(loadWith(env)).valid).toBe(true);
    }
    const adHocEnvs: Array<Record<string, string>> = [{}, { CSC_IDENTITY_AUTO_DISCOVERY: 'false' }];
    for (const env of adHocEnvs) {
      const { mac } = loadWith(env);
      expect(mac.identity, JSON.stringify(env)).toBe('-');
      expect(plist(mac)).toMatch(/<key>com\.apple\.security\.cs\.disable-library-validation<\/key>\s*<true\/>/);
      expect(plist(mac)).toMatch(/allow-jit/);
    }
  });

  it('builds a per-user, one-click NSIS installer with a Start Menu shortcut', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
  });
});

/** The script as electron-builder writes it: ${name} macros replaced, an unknown one an error (as in its FpmTarget). */
function renderAfterInstall(text: string): string {
  const values: Record<string, string> = { executable: 'rebound', sanitizedProductName: 'Rebound', productFilename: 'Rebound' };
  return text.replace(/\${([a-zA-Z]+)}/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`Macro ${name} is not defined`);
    return values[name] as string;
  });
}

// dpkg runs the script with bash on Linux; Windows runners have no bash to trust (it may be WSL's stub).
const withBash = process.platform === 'win32' ? it.skip : it;

/**
 * Runs the rendered script with every outside command replaced by a stub that records its
 * arguments (nothing on this machine is touched), and returns the commands in order.
 */
function runWithStubs(script: string, commands: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-deb-'));
  try {
    const bin = path.join(dir, 'bin');
    const log = path.join(dir, 'log');
    fs.mkdirSync(bin);
    for (const name of commands) {
      fs.writeFileSync(path.join(bin, name), `#!/bin/bash\necho "${name} $*" >> '${log}'\n`, { mode: 0o755 });
    }
    fs.writeFileSync(path.join(dir, 'postinst'), script);
    execFileSync('/bin/bash', [path.join(dir, 'postinst')], { env: { PATH: bin }, stdio: 'pipe' });
    return fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the .deb's after-install script", () => {
  const source = fs.readFileSync(path.join(projectDir, config.deb.afterInstall), 'utf8');
  // Rendered inside each test, so an unknown macro fails a named test rather than the whole file.
  const render = () => renderAfterInstall(source);
  const sandboxCommands = ['chown root:root /opt/Rebound/chrome-sandbox', 'chmod 4755 /opt/Rebound/chrome-sandbox'];

  it('uses only the macros electron-builder defines', () => {
    expect(() => render()).not.toThrow();
  });

  withBash('is valid bash (skipped on Windows, which has no bash of its own)', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-deb-')), 'postinst');
    fs.writeFileSync(file, render());
    try {
      expect(() => execFileSync('bash', ['-n', file], { stdio: 'pipe' })).not.toThrow();
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  withBash('makes chrome-sandbox root-owned with mode 4755 and links the command, through update-alternatives when present', () => {
    // unshare is there and succeeds, as it does for root on Ubuntu 24.04: that must not be read as "no helper needed".
    const ran = runWithStubs(render(), ['update-alternatives', 'ln', 'chown', 'chmod', 'update-desktop-database', 'unshare']);
    expect(ran).toEqual([
      'update-alternatives --install /usr/bin/rebound rebound /opt/Rebound/rebound 100',
      ...sandboxCommands,
      'update-desktop-database /usr/share/applications',
    ]);
  });

  withBash('still sets the helper on a system without update-alternatives or desktop tools', () => {
    const ran = runWithStubs(render(), ['ln', 'chown', 'chmod']);
    expect(ran).toEqual(['ln -sf /opt/Rebound/rebound /usr/bin/rebound', ...sandboxCommands]);
  });

  it('never turns the sandbox off', () => {
    expect(render()).not.toMatch(/no-sandbox|chmod\s+0?755\s+\S*chrome-sandbox/);
  });
});
