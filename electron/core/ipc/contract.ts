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
import {
  addTaskInput,
  applicationIdInput,
  createApplicationInput,
  exportIcsInput,
  historyInput,
  importCsvInput,
  listApplicationsInput,
  logActivityInput,
  moveFollowUpInput,
  reviewWeekInput,
  scheduleFollowUpInput,
  sendFollowUpInput,
  setDayPlanInput,
  setPausedInput,
  setStatusInput,
  setTargetsInput,
  setTaskDoneInput,
  updateApplicationInput,
  weekInput,
  type Application,
  type ApplicationDetail,
  type FileExport,
  type FollowUp,
  type History,
  type SetStatusResult,
  type TodayPlan,
  type Week,
} from '../planner/schema';

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

  // ── planner: the weekly routine and the applications it tracks ──
  'planner:today': query<typeof none, TodayPlan>(none),
  'planner:week': query<typeof weekInput, Week>(weekInput),
  'planner:setTargets': mutation<typeof setTargetsInput, Week>(setTargetsInput),
  'planner:setDayPlan': mutation<typeof setDayPlanInput, Week>(setDayPlanInput),
  'planner:setPaused': mutation<typeof setPausedInput, Week>(setPausedInput),
  'planner:logActivity': mutation<typeof logActivityInput, { id: number }>(logActivityInput),
  'planner:addTask': mutation<typeof addTaskInput, { id: number }>(addTaskInput),
  'planner:setTaskDone': mutation<typeof setTaskDoneInput, { id: number; done: boolean }>(setTaskDoneInput),
  'planner:deleteTask': mutation<typeof applicationIdInput, { deleted: boolean }>(applicationIdInput),
  'planner:review': mutation<typeof reviewWeekInput, { week: Week; next: Week; carried: number }>(reviewWeekInput),
  'planner:history': query<typeof historyInput, History>(historyInput),
  'planner:summary': query<typeof none, { summary: string | null }>(none),
  'planner:exportIcs': query<typeof exportIcsInput, FileExport>(exportIcsInput),
  'applications:list': query<typeof listApplicationsInput, Application[]>(listApplicationsInput),
  'applications:get': query<typeof applicationIdInput, ApplicationDetail>(applicationIdInput),
  'applications:create': mutation<typeof createApplicationInput, Application>(createApplicationInput),
  'applications:update': mutation<typeof updateApplicationInput, Application>(updateApplicationInput),
  'applications:setStatus': mutation<typeof setStatusInput, SetStatusResult>(setStatusInput),
  'applications:delete': mutation<typeof applicationIdInput, { deleted: boolean }>(applicationIdInput),
  'applications:keepWaiting': mutation<typeof applicationIdInput, Application>(applicationIdInput),
  'applications:scheduleFollowUp': mutation<typeof scheduleFollowUpInput, FollowUp>(scheduleFollowUpInput),
  'applications:moveFollowUp': mutation<typeof moveFollowUpInput, FollowUp>(moveFollowUpInput),
  'applications:cancelFollowUp': mutation<typeof applicationIdInput, { cancelled: boolean }>(applicationIdInput),
  'applications:sendFollowUp': mutation<typeof sendFollowUpInput, { sent: FollowUp; next: FollowUp | null }>(sendFollowUpInput),
  'applications:exportCsv': query<typeof none, FileExport>(none),
  'applications:importCsv': mutation<typeof importCsvInput, { imported: number }>(importCsvInput),
  // ── end planner ──
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
