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
import { restoreBackupInput, type BackupSummary } from '../backup/schema';
import { exportCsvInput, importInput, type ExportedFile } from '../transfer/schema';
import {
  applicationIdInput,
  feedbackTaskInput,
  moveStepInput,
  newRejectionInput,
  rejectionIdInput,
  saveStepInput,
  updateFeedbackInput,
  type ApplicationPrefill,
  type FeedbackRequest,
  type Insights,
  type Reflection,
  type Rejection,
  type RejectionDetail,
  type RejectionSummary,
  type TodayRecoveryInfo,
} from '../reflection/schema';
import {
  bragSheetInput,
  listWinsInput,
  logWinInput,
  perWeekInput,
  updateWinInput,
  winIdInput,
  type BragSheet,
  type LinkOptions,
  type WeekCount,
  type Win,
  type WinsPage,
  type WinsSummary,
} from '../wins/schema';
import { launchAtLoginInput, pauseInput, shortcutInput, type CompanionStatus } from '../reminders/schema';
import {
  addTaskInput,
  applicationIdInput as plannerIdInput,
  applicationsBoardInput,
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
  todayInput,
  updateApplicationInput,
  weekInput,
  type Application,
  type ApplicationDetail,
  type ApplicationsBoard,
  type ApplicationsPage,
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
  'app:ready': query<typeof none, { ready: true }>(none),
  'app:openLogFolder': query<typeof none, { opened: boolean; path: string }>(none),

  'settings:get': query<typeof none, Settings>(none),
  'settings:update': mutation<typeof updateSettingsInput, Settings>(updateSettingsInput),

  // ── data safety ──
  'data:listBackups': query<typeof none, BackupSummary[]>(none),
  'data:backupNow': mutation<typeof none, { saved: boolean; name: string | null }>(none),
  'data:restoreBackup': mutation<typeof restoreBackupInput, { restarting: boolean }>(restoreBackupInput),
  'data:exportJson': query<typeof none, ExportedFile>(none),
  'data:exportCsv': query<typeof exportCsvInput, ExportedFile>(exportCsvInput),
  'data:importJson': mutation<typeof importInput, { added: number; alreadyThere: number; backup: string | null }>(importInput),
  // ── reflection: rejections, the seven-step reflection, feedback requests ──
  'rejections:create': mutation<typeof newRejectionInput, Rejection>(newRejectionInput),
  'rejections:list': query<typeof none, RejectionSummary[]>(none),
  'rejections:get': query<typeof rejectionIdInput, RejectionDetail>(rejectionIdInput),
  'rejections:prefill': query<typeof applicationIdInput, ApplicationPrefill>(applicationIdInput),
  'rejections:insights': query<typeof none, Insights>(none),
  'reflection:start': mutation<typeof rejectionIdInput, Reflection>(rejectionIdInput),
  'reflection:saveStep': mutation<typeof saveStepInput, Reflection>(saveStepInput),
  'reflection:move': mutation<typeof moveStepInput, Reflection>(moveStepInput),
  'reflection:finish': mutation<typeof rejectionIdInput, Reflection>(rejectionIdInput),
  'reflection:today': query<typeof none, TodayRecoveryInfo>(none),
  'feedback:update': mutation<typeof updateFeedbackInput, FeedbackRequest>(updateFeedbackInput),
  'feedback:addTask': mutation<typeof feedbackTaskInput, { id: number; weekStart: string }>(feedbackTaskInput),
  // ── end reflection ──
  // ── wins ──
  'wins:log': mutation<typeof logWinInput, Win>(logWinInput),
  'wins:update': mutation<typeof updateWinInput, Win>(updateWinInput),
  'wins:delete': mutation<typeof winIdInput, { id: number }>(winIdInput),
  'wins:restore': mutation<typeof winIdInput, Win>(winIdInput),
  'wins:list': query<typeof listWinsInput, WinsPage>(listWinsInput),
  'wins:summary': query<typeof none, WinsSummary>(none),
  'wins:perWeek': query<typeof perWeekInput, WeekCount[]>(perWeekInput),
  'wins:bragSheet': query<typeof bragSheetInput, BragSheet>(bragSheetInput),
  'wins:linkOptions': query<typeof none, LinkOptions>(none),
  // ── end wins ──
  // ── companion ── reminders, pause, launch at login, global shortcut (issue 6)
  'reminders:status': query<typeof none, CompanionStatus>(none),
  'reminders:pause': mutation<typeof pauseInput, CompanionStatus>(pauseInput),
  'reminders:resume': mutation<typeof none, CompanionStatus>(none),
  'companion:setShortcut': mutation<typeof shortcutInput, CompanionStatus>(shortcutInput),
  'companion:setLaunchAtLogin': mutation<typeof launchAtLoginInput, CompanionStatus>(launchAtLoginInput),
  'companion:dismissLaunchOffer': mutation<typeof none, CompanionStatus>(none),
  // ── end companion ──
  // ── planner: the weekly routine and the applications it tracks ──
  'planner:today': query<typeof todayInput, TodayPlan>(todayInput),
  'planner:week': query<typeof weekInput, Week>(weekInput),
  'planner:setTargets': mutation<typeof setTargetsInput, Week>(setTargetsInput),
  'planner:setDayPlan': mutation<typeof setDayPlanInput, Week>(setDayPlanInput),
  'planner:setPaused': mutation<typeof setPausedInput, Week>(setPausedInput),
  'planner:logActivity': mutation<typeof logActivityInput, { id: number }>(logActivityInput),
  'planner:addTask': mutation<typeof addTaskInput, { id: number }>(addTaskInput),
  'planner:setTaskDone': mutation<typeof setTaskDoneInput, { id: number; done: boolean }>(setTaskDoneInput),
  'planner:deleteTask': mutation<typeof plannerIdInput, { deleted: boolean }>(plannerIdInput),
  'planner:review': mutation<typeof reviewWeekInput, { week: Week; next: Week; carried: number }>(reviewWeekInput),
  'planner:history': query<typeof historyInput, History>(historyInput),
  'planner:summary': query<typeof none, { summary: string | null }>(none),
  'planner:exportIcs': query<typeof exportIcsInput, FileExport>(exportIcsInput),
  'applications:list': query<typeof listApplicationsInput, ApplicationsPage>(listApplicationsInput),
  'applications:board': query<typeof applicationsBoardInput, ApplicationsBoard>(applicationsBoardInput),
  'applications:get': query<typeof plannerIdInput, ApplicationDetail>(plannerIdInput),
  'applications:create': mutation<typeof createApplicationInput, Application>(createApplicationInput),
  'applications:update': mutation<typeof updateApplicationInput, Application>(updateApplicationInput),
  'applications:setStatus': mutation<typeof setStatusInput, SetStatusResult>(setStatusInput),
  'applications:delete': mutation<typeof plannerIdInput, { deleted: boolean }>(plannerIdInput),
  'applications:keepWaiting': mutation<typeof plannerIdInput, Application>(plannerIdInput),
  'applications:scheduleFollowUp': mutation<typeof scheduleFollowUpInput, FollowUp>(scheduleFollowUpInput),
  'applications:moveFollowUp': mutation<typeof moveFollowUpInput, FollowUp>(moveFollowUpInput),
  'applications:cancelFollowUp': mutation<typeof plannerIdInput, { cancelled: boolean }>(plannerIdInput),
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
