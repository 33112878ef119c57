import { DomainError } from '../ipc/result';
import { describeInputError } from '../ipc/dispatch';
import { defaultSettings, settingsSchema, type Settings, type SettingsChange } from './schema';
import { withDefaults } from './settingsFile';

/** Where settings are kept: electron-store in the app, `conf` (its engine) in tests and the harness. */
export interface SettingsBackend {
  read(): unknown;
  write(settings: Settings): void;
}

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsChange): Settings;
}

export function createSettingsService(backend: SettingsBackend, onChange?: (settings: Settings) => void): SettingsService {
  const get = (): Settings => {
    const raw = backend.read();
    const parsed = settingsSchema.safeParse(
      typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? withDefaults(raw as Record<string, unknown>) : raw,
    );
    // The file was checked at start; if something outside changed it since, defaults keep the app usable.
    return parsed.success ? parsed.data : structuredClone(defaultSettings);
  };
  return {
    get,
    update(patch) {
      const next = settingsSchema.safeParse(withDefaults(patch as Record<string, unknown>, get()));
      if (!next.success) {
        const error = describeInputError(next.error);
        throw new DomainError('invalid_input', error.message, error.fields);
      }
      backend.write(next.data);
      onChange?.(next.data);
      return next.data;
    },
  };
}
