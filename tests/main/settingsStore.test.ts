import Conf from 'conf';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/schema';
import { tempDir } from '../support/tempDir';

vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => '/nonexistent', getVersion: () => '0.0.0', on: vi.fn() },
    ipcMain: { on: vi.fn(), handle: vi.fn() },
    shell: {},
  };
  return { ...electron, default: electron };
});

describe('the electron-store settings backend', () => {
  it('gives electron-store a JSON Schema generated from the zod schema, which accepts the defaults', async () => {
    const { settingsJsonSchema } = await import('../../electron/main/settingsStore');
    const store = new Conf({ cwd: tempDir(), projectName: 'rebound', schema: settingsJsonSchema() as never, defaults: defaultSettings });
    expect(store.store).toEqual(defaultSettings);
    expect(() => store.set('targets', { ...defaultSettings.targets, apply: -1 })).toThrow();
    expect(() => store.set('theme', 'neon')).toThrow();
  });

  it('reads and writes through electron-store in the data folder', async () => {
    const { createSettingsBackend } = await import('../../electron/main/settingsStore');
    const dir = tempDir();
    const backend = createSettingsBackend(dir);
    expect(backend.read()).toEqual(defaultSettings);
    backend.write({ ...defaultSettings, theme: 'dark' });
    expect(createSettingsBackend(dir).read()).toMatchObject({ theme: 'dark' });
  });
});
