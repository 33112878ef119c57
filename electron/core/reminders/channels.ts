import { none } from '../app/contract';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { launchAtLoginInput, pauseInput, shortcutInput, type CompanionStatus } from './schema';

/** The companion: reminders and their pause, launch at login, the global shortcut. */
export const companionChannels = {
  'reminders:status': query(none, returns<CompanionStatus>()),
  'reminders:pause': mutation(pauseInput, returns<CompanionStatus>()),
  'reminders:resume': mutation(none, returns<CompanionStatus>()),
  'companion:setShortcut': mutation(shortcutInput, returns<CompanionStatus>()),
  'companion:setLaunchAtLogin': mutation(launchAtLoginInput, returns<CompanionStatus>()),
  'companion:dismissLaunchOffer': mutation(none, returns<CompanionStatus>()),
} satisfies ChannelTable;
