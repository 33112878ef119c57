import type { z } from 'zod';
import { mutation, query, type ChannelSpec } from './channel';
import {
  dismissNoticeInput,
  none,
  openExternalInput,
  type AppInfo,
  type View,
} from '../app/contract';
import { updateSettingsInput, type Settings } from '../settings/contract';
import { launchAtLoginInput, pauseInput, shortcutInput, type CompanionStatus } from '../reminders/schema';

/**
 * Every IPC channel Rebound has, `domain:verb`, with the schema its input
 * must pass and the type it returns. Main registers one handler per entry,
 * the preload exposes one method per entry, the renderer's client is typed
 * from it. Adding a channel: one entry here, one handler in its feature.
 */
export const contract = {
  'app:info': query<typeof none, AppInfo>(none),
  'app:dismissNotice': mutation<typeof dismissNoticeInput, { dismissed: boolean }>(dismissNoticeInput),
  'app:openExternal': query<typeof openExternalInput, { opened: boolean }>(openExternalInput),

  'settings:get': query<typeof none, Settings>(none),
  'settings:update': mutation<typeof updateSettingsInput, Settings>(updateSettingsInput),

  // ── companion ── reminders, pause, launch at login, global shortcut (issue 6)
  'reminders:status': query<typeof none, CompanionStatus>(none),
  'reminders:pause': mutation<typeof pauseInput, CompanionStatus>(pauseInput),
  'reminders:resume': mutation<typeof none, CompanionStatus>(none),
  'companion:setShortcut': mutation<typeof shortcutInput, CompanionStatus>(shortcutInput),
  'companion:setLaunchAtLogin': mutation<typeof launchAtLoginInput, CompanionStatus>(launchAtLoginInput),
  'companion:dismissLaunchOffer': mutation<typeof none, CompanionStatus>(none),
  // ── end companion ──
} satisfies Record<string, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events main sends to the page. Each has one payload type; subscribing returns an unsubscribe. */
export interface Events {
  /** Stored data changed (by another window, the tray, a timer); the page refetches these domains. */
  'data:changed': { domains: string[] };
  /** Main asks the page to show a view (a tray item, a notification click). */
  'nav:open': { view: View; action?: string };
}
export type EventName = keyof Events;
export const eventNames: EventName[] = ['data:changed', 'nav:open'];

/** Channel prefix for events on the wire, so they never collide with invoke channels. */
export const eventWireName = (name: EventName): string => `event:${name}`;
