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

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Settings change only through this service (one process owns the file), so
 * they are read from disk once and kept: every handler asks for them, and
 * electron-store's getter would otherwise re-read and re-parse the file on
 * each call. The kept copy is frozen so no caller can change it by accident.
 */
export function createSettingsService(backend: SettingsBackend, onChange?: (settings: Settings) => void): SettingsService {
  let current: Settings | null = null;
  const read = (): Settings => {
    const raw = backend.read();
    const parsed = settingsSchema.safeParse(
      typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? withDefaults(raw as Record<string, unknown>) : raw,
    );
    // The file was checked at start; if something outside changed it since, defaults keep the app usable.
    return deepFreeze(parsed.success ? parsed.data : structuredClone(defaultSettings));
  };
  const get = (): Settings => (current ??= read());
  return {
    get,
    update(patch) {
      const next = settingsSchema.safeParse(withDefaults(patch as Record<string, unknown>, get()));
      if (!next.success) {
        const error = describeInputError(next.error);
        throw new DomainError('invalid_input', error.message, error.fields);
      }
      backend.write(next.data);
      current = deepFreeze(next.data);
      onChange?.(current);
      return current;
    },
  };
}
