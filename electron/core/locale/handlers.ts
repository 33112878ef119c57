import type { HandlersFor } from '../ipc/channel';
import type { SettingsService } from '../settings/settingsService';
import type { localeChannels } from './channels';
import type { LocaleFollower } from './follow';

export function localeHandlers(settings: SettingsService, locale: LocaleFollower): HandlersFor<typeof localeChannels> {
  return {
    'locale:get': ({ languages }) => locale.info(settings.get(), languages),
  };
}
