import { content } from '../../../content';
import { useState } from 'react';
import { call } from '../ipc/client';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { ActivityLog } from './ActivityLog';
import { DayPlanEditor } from './DayPlanEditor';
import { ExportButton } from '../components/ExportButton';
import { ProgressBars } from './ProgressBars';
import { TargetsForm } from './TargetsForm';
import { TaskList } from './TaskList';
import { addDaysTo, copy, fill, longDay } from './format';

/** One week: move between weeks, its progress, its own targets, the plan for the days, tasks, logging and export. */
export function WeekPanel({ currentWeek, today }: { currentWeek: string; today: string }) {
  const [weekStart, setWeekStart] = useState(currentWeek);
  const week = useApiQuery('planner:week', { weekStart });
  const pause = useApiMutation('planner:setPaused');
  const p = copy.plan;
  if (!week.data) return week.error ? <p role="alert">{week.error.message}</p> : <p role="status">{content.views.app.loading}</p>;
  const data = week.data;
  return (
    <>
      <div className="week-nav" role="group" aria-label={fill(p.weekOf, { date: longDay(weekStart) })}>
        <button type="button" className="button small" onClick={() => setWeekStart(addDaysTo(weekStart, -7))}>
          ← {p.previousWeek}
        </button>
        <h2 className="week-title" aria-live="polite">
          {fill(p.weekOf, { date: longDay(weekStart) })}
        </h2>
        <button type="button" className="button small" onClick={() => setWeekStart(addDaysTo(weekStart, 7))}>
          {p.nextWeek} →
        </button>
        {weekStart !== currentWeek ? (
          <button type="button" className="link-button" onClick={() => setWeekStart(currentWeek)}>
            {p.thisWeek}
          </button>
        ) : null}
      </div>

      <section className="card" aria-labelledby="week-progress-heading">
        <h2 id="week-progress-heading">{p.progressHeading}</h2>
        {data.paused ? <p className="paused-note">{p.pausedNote}</p> : null}
        <ProgressBars targets={data.targets} progress={data.progress} idPrefix="week-progress" />
        {data.met ? <p className="met">{p.metMessage}</p> : null}
        <label className="checkbox">
          <input type="checkbox" checked={data.paused} onChange={(event) => pause.mutate({ weekStart, paused: event.target.checked })} />
          {p.pausedLabel}
        </label>
        <ExportButton label={p.exportIcs} hint={p.exportHint} load={() => call('planner:exportIcs', { weekStart })} />
      </section>

      <div className="two-columns">
        <TargetsForm key={`targets-${weekStart}`} week={data} />
        <TaskList week={data} />
      </div>
      {weekStart <= today ? <ActivityLog today={today} /> : null}
      <DayPlanEditor key={`plan-${weekStart}`} week={data} today={today} />
    </>
  );
}
