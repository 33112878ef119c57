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
export function createSettingsService(
  backend: SettingsBackend,
  onChange?: (settings: Settings) => void,
  /** The locale's first day of the week, used until the person picks one (weekStartChosen). */
  localeWeekStart: (settings: Settings) => Settings['weekStartsOn'] = (settings) => settings.weekStartsOn,
): SettingsService {
  let stored: Settings | null = null;
  let shown: { from: Settings; settings: Settings } | null = null;
  /** What every reader gets: the stored settings, with the week's first day from the locale until one is chosen. */
  const withWeekStart = (settings: Settings): Settings => {
    if (settings.weekStartChosen) return settings;
    const weekStartsOn = localeWeekStart(settings);
    if (weekStartsOn === settings.weekStartsOn) return settings;
    if (shown?.from !== settings || shown.settings.weekStartsOn !== weekStartsOn) {
      shown = { from: settings, settings: deepFreeze({ ...settings, weekStartsOn }) };
    }
    return shown.settings;
  };
  const read = (): Settings => {
    const raw = backend.read();
    const parsed = settingsSchema.safeParse(
      typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? withDefaults(raw as Record<string, unknown>) : raw,
    );
    // The file was checked at start; if something outside changed it since, defaults keep the app usable.
    return deepFreeze(parsed.success ? parsed.data : structuredClone(defaultSettings));
  };
  const get = (): Settings => {
    stored ??= read();
    return withWeekStart(stored);
  };
  return {
    get,
    update(patch) {
      // Naming another first day of the week is choosing it: from then on the locale no longer decides. A form
      // that sends back the day it was shown (Settings saves all its fields at once) leaves the choice open.
      const chosen = patch.weekStartsOn !== undefined && patch.weekStartsOn !== get().weekStartsOn;
      const change = chosen ? { ...patch, weekStartChosen: true } : patch;
      const next = settingsSchema.safeParse(withDefaults(change as Record<string, unknown>, (stored ??= read())));
      if (!next.success) {
        const error = describeInputError(next.error);
        throw new DomainError('invalid_input', error.message, error.fields);
      }
      backend.write(next.data);
      stored = deepFreeze(next.data);
      const current = get();
      onChange?.(current);
      return current;
    },
  };
}
