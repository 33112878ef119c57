import Store from 'electron-store';
import { z } from 'zod';
import { settingsFileName } from '../core/dataDir';
import { defaultSettings, settingsSchema, type Settings } from '../core/settings/schema';
import type { SettingsBackend } from '../core/settings/settingsService';

/** electron-store's JSON Schema, generated from the zod schema so there is one source of truth. */
export function settingsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(settingsSchema, { target: 'draft-7' }) as { properties: Record<string, unknown> };
  return schema.properties;
}

export function createSettingsBackend(dataDir: string): SettingsBackend {
  const store = new Store<Settings>({
    cwd: dataDir,
    name: settingsFileName.replace(/\.json$/, ''),
    defaults: defaultSettings,
    schema: settingsJsonSchema() as never,
    // Never wipe a file silently: prepareSettingsFile has already set a bad one aside.
    clearInvalidConfig: false,
  });
  return {
    read: () => store.store,
    write: (settings) => {
      store.store = settings;
    },
  };
}
