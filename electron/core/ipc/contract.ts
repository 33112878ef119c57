import type { z } from 'zod';
import { appChannels } from '../app/channels';
import { applicationsChannels } from '../applications/channels';
import type { DownloadOutcome, View } from '../app/contract';
import { todayChannels } from '../today/channels';
import { backupChannels } from '../backup/channels';
import { importsChannels } from '../imports/channels';
import { localeChannels } from '../locale/channels';
import type { ImportProgress } from '../imports/schema';
import { plannerChannels } from '../planner/channels';
import { reflectionChannels } from '../reflection/channels';
import { companionChannels } from '../reminders/channels';
import { settingsChannels } from '../settings/channels';
import { transferChannels } from '../transfer/channels';
import { winsChannels } from '../wins/channels';
import type { ChannelSpec, ChannelTable } from './channel';

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type Merged<T extends readonly ChannelTable[]> = { [K in keyof Intersection<T[number]>]: Intersection<T[number]>[K] };
type Spec = ChannelSpec<z.ZodType, unknown>;

/**
 * Joins the features' channel tables into one contract. A name declared by
 * two features is a mistake that types alone would not catch (the second
 * would silently win), so it throws at start-up, and in the tests.
 */
export function defineContract<const T extends readonly ChannelTable[]>(...tables: T): Merged<T> {
  const contract: ChannelTable = {};
  for (const table of tables) {
    for (const [name, spec] of Object.entries(table)) {
      if (Object.prototype.hasOwnProperty.call(contract, name)) throw new Error(`The IPC channel ${name} is declared twice.`);
      contract[name] = spec;
    }
  }
  return Object.freeze(contract) as Merged<T>;
}

/**
 * Every IPC channel Rebound has, `domain:verb`, with the schema its input
 * must pass and the type it returns. Each feature declares its own table
 * (`wins/channels.ts`); main registers one handler per entry, the preload
 * exposes one method per entry, the renderer's client is typed from it.
 * Adding a channel: one entry in its feature's table, one handler beside it.
 */
export const contract = defineContract(
  appChannels,
  settingsChannels,
  backupChannels,
  transferChannels,
  reflectionChannels,
  winsChannels,
  companionChannels,
  plannerChannels,
  applicationsChannels,
  todayChannels,
  importsChannels,
  localeChannels,
);

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Extract<Contract[C], Spec>['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Extract<Contract[C], Spec>['input']>;
export type OutputOf<C extends Channel> = Extract<Contract[C], Spec>['output'];

export const channels = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events main sends to the page. Each has one payload type; subscribing returns an unsubscribe. */
export interface Events {
  /**
   * Stored data changed outside the page (the tray, a timer, another window). The page refetches every open
   * query, as it does after its own writes: reads are local and take microseconds, and no hand-kept map of
   * which write touches which read can go stale. So the event names nothing.
   */
  'data:changed': Record<string, never>;
  /** Main asks the page to show a view (a tray item, a notification click). */
  'nav:open': { view: View; action?: string };
  /** A file the page handed over (an export) was saved, or could not be: said in words, with where it went. */
  'download:done': DownloadOutcome;
  /** How far a long import is: the page shows it as a progress bar while the preview or apply runs. */
  'imports:progress': ImportProgress;
}
export type EventName = keyof Events;
export const eventNames: EventName[] = ['data:changed', 'nav:open', 'download:done', 'imports:progress'];

/** Channel prefix for events on the wire, so they never collide with invoke channels. */
export const eventWireName = (name: EventName): string => `event:${name}`;
