import { content, fillTemplate } from '../../../content';
import type { ViewProps } from '../components/navigation';
import { useApiQuery } from '../ipc/queries';
import { AutoWinCelebration } from './AutoWinCelebration';
import './wins.css';

const copy = content.wins.today;

/** Today's widget: this week's wins against last week, the streak, and a way to log one in two keystrokes. */
export function TodayWins({ navigate }: Pick<ViewProps, 'navigate'>) {
  const summary = useApiQuery('wins:summary');
  const data = summary.data;
  const streak =
    data && data.dayStreak > 1
      ? fillTemplate(copy.dayStreak, { count: String(data.dayStreak) })
      : data && data.weekStreak > 1
        ? fillTemplate(copy.weekStreak, { count: String(data.weekStreak) })
        : // A win this week is already a start; the nudge to begin a streak is for a week without one,
          // and someone with wins behind them is starting a fresh one, not their first.
          data && data.thisWeek > 0
          ? null
          : copy.freshStreak;
  return (
    <>
      <section className="card today-wins" aria-labelledby="today-wins-heading">
        <div className="today-wins-text">
          <h2 id="today-wins-heading">{copy.heading}</h2>
          {data && data.total === 0 ? (
            <p>{copy.noStreak}</p>
          ) : data ? (
            <p>
              <strong>{fillTemplate(copy.thisWeek, { count: data.thisWeek })}</strong>
              {' · '}
              {fillTemplate(copy.lastWeek, { count: String(data.lastWeek) })}
              {streak ? ` · ${streak}` : null}
            </p>
          ) : summary.error ? (
            <p role="alert">{summary.error.message}</p>
          ) : null}
        </div>
        <button type="button" className="button primary" onClick={() => navigate('wins', 'quick-log')}>
          {copy.logButton}
        </button>
      </section>
      <AutoWinCelebration />
    </>
  );
}
