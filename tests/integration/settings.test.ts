import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { defaultSettings, settingsSchema } from '../../electron/core/settings/schema';
import { checkSettingsFile, maxSettingsBytes, prepareSettingsFile } from '../../electron/core/settings/settingsFile';
import { createSettingsService } from '../../electron/core/settings/settingsService';
import { DomainError } from '../../electron/core/ipc/result';
import { confSettingsBackend } from '../harness/server';
import { tempDir } from '../support/tempDir';

describe('a settings file that cannot be used', () => {
  it.each([
    ['empty', ''],
    ['truncated JSON', '{"weekStartsOn": 1, "targets": {"apply"'],
    ['wrong types', JSON.stringify({ weekStartsOn: 'Monday' })],
    ['a target out of range', JSON.stringify({ targets: { apply: 5000 } })],
    ['unknown keys', JSON.stringify({ weekStartsOn: 1, surprise: true })],
    ['an array', '[1,2,3]'],
    ['a bare number', '5'],
    ['null', 'null'],
    ['a bare string', '"dark"'],
    ['a number where a group of settings belongs', JSON.stringify({ targets: 5 })],
    ['a group of settings where a single value belongs', JSON.stringify({ windowBounds: { x: 'left' }, yourName: { first: 'Sam' } })],
    ['binary garbage', Buffer.from([0, 159, 146, 150, 255, 0, 1]).toString('latin1')],
    ['a huge file', JSON.stringify({ theme: 'dark', padding: 'x'.repeat(400 * 1024) })],
  ])('%s: is kept aside, never deleted, and defaults apply', (_name, text) => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, text);
    const { keptAside, reason } = prepareSettingsFile(file, new Date('2026-01-02T03:04:05Z'));
    expect(keptAside).toBe(path.join(dir, 'settings.unreadable-2026-01-02T03-04-05-000Z.json'));
    expect(reason).toBeTruthy();
    expect(fs.readFileSync(keptAside as string, 'utf8')).toBe(text);
    expect(fs.existsSync(file)).toBe(false);
    expect(createSettingsService(confSettingsBackend(dir)).get()).toEqual(defaultSettings);
  });

  it('leaves a good file, and a partial one from an older version, where they are', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ weekStartsOn: 0, targets: { apply: 8 } }));
    expect(prepareSettingsFile(file, new Date())).toEqual({ keptAside: null });
    const check = checkSettingsFile(file);
    expect(check.status).toBe('ok');
    if (check.status === 'ok') {
      expect(check.settings.weekStartsOn).toBe(0);
      expect(check.settings.targets.apply).toBe(8);
      expect(check.settings.targets.search).toBe(defaultSettings.targets.search);
    }
  });

  it('reads a file right up to the size limit, and keeps aside one a single byte over it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    const body = JSON.stringify({ theme: 'dark' });
    fs.writeFileSync(file, body + ' '.repeat(maxSettingsBytes - body.length));
    expect(fs.statSync(file).size).toBe(maxSettingsBytes);
    expect(prepareSettingsFile(file, new Date())).toEqual({ keptAside: null });
    fs.appendFileSync(file, ' ');
    expect(prepareSettingsFile(file, new Date('2026-01-02T03:04:05Z')).keptAside).toBe(
      path.join(dir, 'settings.unreadable-2026-01-02T03-04-05-000Z.json'),
    );
  });

  it('does nothing when there is no file yet', () => {
    const file = path.join(tempDir(), 'settings.json');
    expect(checkSettingsFile(file)).toEqual({ status: 'missing' });
    expect(prepareSettingsFile(file, new Date())).toEqual({ keptAside: null });
  });
});

describe('the settings service', () => {
  it('saves a partial change and keeps it across a restart', () => {
    const dir = tempDir();
    const service = createSettingsService(confSettingsBackend(dir));
    const next = service.update({ weekStartsOn: 0, targets: { apply: 7 }, theme: 'dark' });
    expect(next.targets).toEqual({ ...defaultSettings.targets, apply: 7 });
    const reopened = createSettingsService(confSettingsBackend(dir)).get();
    expect(reopened.weekStartsOn).toBe(0);
    expect(reopened.targets.apply).toBe(7);
    expect(reopened.theme).toBe('dark');
    expect(settingsSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')))).toEqual(reopened);
  });

  it('refuses an invalid change whole and writes nothing', () => {
    const dir = tempDir();
    const service = createSettingsService(confSettingsBackend(dir));
    service.update({ theme: 'light' });
    const before = fs.readFileSync(path.join(dir, 'settings.json'), 'utf8');
    expect(() => service.update({ theme: 'dark', targets: { apply: -3 } } as never)).toThrow(DomainError);
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('tells its listener about each saved change', () => {
    const seen: string[] = [];
    const service = createSettingsService(confSettingsBackend(tempDir()), (settings) => seen.push(settings.theme));
    service.update({ theme: 'dark' });
    expect(seen).toEqual(['dark']);
  });

  it('falls back to defaults if the store is changed behind its back', () => {
    const dir = tempDir();
    const store = new Conf({ cwd: dir, configName: 'settings', projectName: 'rebound' });
    store.set('weekStartsOn', 'never');
    expect(createSettingsService(confSettingsBackend(dir)).get()).toEqual(defaultSettings);
  });
});
