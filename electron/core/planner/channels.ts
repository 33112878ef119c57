import { none } from '../app/contract';
import type { FileExport } from '../applications/schema';
import { mutation, query, returns, type ChannelTable } from '../ipc/channel';
import { idInput } from '../ipc/inputs';
import {
  addTaskInput,
  exportIcsInput,
  historyInput,
  logActivityInput,
  reviewWeekInput,
  setDayPlanInput,
  setPausedInput,
  setTargetsInput,
  setTaskDoneInput,
  todayInput,
  weekInput,
  type Activity,
  type History,
  type TodayPlan,
  type Week,
} from './schema';

/** The weekly routine: search, apply, follow up, repeat. */
export const plannerChannels = {
  'planner:today': query(todayInput, returns<TodayPlan>()),
  'planner:week': query(weekInput, returns<Week>()),
  'planner:setTargets': mutation(setTargetsInput, returns<Week>()),
  'planner:setDayPlan': mutation(setDayPlanInput, returns<Week>()),
  'planner:setPaused': mutation(setPausedInput, returns<Week>()),
  'planner:logActivity': mutation(logActivityInput, returns<Activity>()),
  'planner:addTask': mutation(addTaskInput, returns<{ id: number }>()),
  'planner:setTaskDone': mutation(setTaskDoneInput, returns<{ id: number; done: boolean }>()),
  'planner:deleteTask': mutation(idInput, returns<{ deleted: boolean }>()),
  'planner:review': mutation(reviewWeekInput, returns<{ week: Week; next: Week; carried: number }>()),
  'planner:history': query(historyInput, returns<History>()),
  'planner:summary': query(none, returns<{ summary: string | null }>()),
  'planner:exportIcs': query(exportIcsInput, returns<FileExport>()),
} satisfies ChannelTable;
