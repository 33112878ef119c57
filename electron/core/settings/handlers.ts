import type { Handlers } from '../ipc/dispatch';
import type { SettingsService } from './settingsService';

export function settingsHandlers(settings: SettingsService): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
