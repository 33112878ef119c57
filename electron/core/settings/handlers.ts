import type { HandlersFor } from '../ipc/channel';
import type { settingsChannels } from './channels';
import type { SettingsService } from './settingsService';

export function settingsHandlers(settings: SettingsService): HandlersFor<typeof settingsChannels> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  };
}
