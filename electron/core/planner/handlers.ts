import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { logActivity } from './activities';
import { exportWeekCalendar } from './calendar';
import type { plannerChannels } from './channels';
import { reviewWeek, weekHistory } from './review';
import { addTask, deleteTask, setTaskDone } from './tasks';
import { todayPlan, weekSummary } from './today';
import { assertWeekStart, getWeek, setDayPlan, setPaused, setTargets } from './weeks';

/** Thin handlers: each is one call into the planner's plain functions. */
export function plannerHandlers(ctx: CoreContext): HandlersFor<typeof plannerChannels> {
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
  };
}
