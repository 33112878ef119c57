import type { Handlers } from '../ipc/dispatch';
import { logActivity } from './activities';
import { applicationsBoard, deleteApplication, getApplication, keepWaiting, listApplications, updateApplication } from './applications';
import { exportApplicationsCsv, importApplicationsCsv } from './applicationsCsv';
import { createApplication, setStatus } from './applicationStatus';
import { exportWeekCalendar } from './calendarExport';
import type { PlannerContext } from './context';
import { cancelFollowUp, moveFollowUp, scheduleFollowUp, sendFollowUp } from './followUps';
import { weekHistory } from './history';
import { reviewWeek } from './review';
import { addTask, deleteTask, setTaskDone } from './tasks';
import { todayPlan } from './today';
import { getWeek, setDayPlan, setPaused, setTargets, assertWeekStart } from './weeks';
import { weekSummary } from './weekSummary';

export type PlannerChannel =
  | 'planner:today'
  | 'planner:week'
  | 'planner:setTargets'
  | 'planner:setDayPlan'
  | 'planner:setPaused'
  | 'planner:logActivity'
  | 'planner:addTask'
  | 'planner:setTaskDone'
  | 'planner:deleteTask'
  | 'planner:review'
  | 'planner:history'
  | 'planner:summary'
  | 'planner:exportIcs'
  | 'applications:list'
  | 'applications:board'
  | 'applications:get'
  | 'applications:create'
  | 'applications:update'
  | 'applications:setStatus'
  | 'applications:delete'
  | 'applications:keepWaiting'
  | 'applications:scheduleFollowUp'
  | 'applications:moveFollowUp'
  | 'applications:cancelFollowUp'
  | 'applications:sendFollowUp'
  | 'applications:exportCsv'
  | 'applications:importCsv';

/** Thin handlers: each is one call into the planner's plain functions. */
export function plannerHandlers(ctx: PlannerContext): Pick<Handlers, PlannerChannel> {
  return {
    'planner:today': (input) => todayPlan(ctx, input?.all ?? false),
    'planner:week': (input) => getWeek(ctx, input?.weekStart),
    'planner:setTargets': ({ weekStart, targets }) => setTargets(ctx, weekStart, targets),
    'planner:setDayPlan': ({ weekStart, dayPlan }) => setDayPlan(ctx, weekStart, dayPlan),
    'planner:setPaused': ({ weekStart, paused }) => setPaused(ctx, weekStart, paused),
    'planner:logActivity': (input) => logActivity(ctx, input),
    'planner:addTask': ({ weekStart, title }) => {
      assertWeekStart(ctx, weekStart);
      return { id: addTask(ctx.db, { title, weekStart, source: 'manual' }, ctx.now()) };
    },
    'planner:setTaskDone': ({ id, done }) => setTaskDone(ctx, id, done),
    'planner:deleteTask': ({ id }) => deleteTask(ctx, id),
    'planner:review': (input) => reviewWeek(ctx, input),
    'planner:history': (input) => weekHistory(ctx, input?.weeks),
    'planner:summary': () => ({ summary: weekSummary(ctx) }),
    'planner:exportIcs': (input) => exportWeekCalendar(ctx, input?.weekStart),
    'applications:list': (input) => listApplications(ctx, input ?? {}),
    'applications:board': (input) => applicationsBoard(ctx, input ?? {}),
    'applications:get': ({ id }) => getApplication(ctx, id),
    'applications:create': (input) => createApplication(ctx, input),
    'applications:update': ({ id, fields }) => updateApplication(ctx, id, fields),
    'applications:setStatus': ({ id, status, day }) => setStatus(ctx, id, status, day),
    'applications:delete': ({ id }) => deleteApplication(ctx, id),
    'applications:keepWaiting': ({ id }) => keepWaiting(ctx, id),
    'applications:scheduleFollowUp': ({ applicationId, dueOn }) => scheduleFollowUp(ctx, applicationId, dueOn),
    'applications:moveFollowUp': ({ id, dueOn }) => moveFollowUp(ctx, id, dueOn),
    'applications:cancelFollowUp': ({ id }) => cancelFollowUp(ctx, id),
    'applications:sendFollowUp': (input) => sendFollowUp(ctx, input),
    'applications:exportCsv': () => exportApplicationsCsv(ctx),
    'applications:importCsv': ({ content }) => importApplicationsCsv(ctx, content),
  };
}
