import type { WeekHistoryEntry } from '../../../electron/core/planner/schema';
import { formatDay } from '../../../content/format';
import { copy, shortDay } from './format';

const total = (week: WeekHistoryEntry) => Object.values(week.progress).reduce((sum, value) => sum + value, 0);

/**
 * Activity per week as bars, oldest on the left. The SVG has a title and a
 * description for screen readers, and the same numbers follow in a table.
 */
export function HistoryChart({ weeks }: { weeks: WeekHistoryEntry[] }) {
  const r = copy.review;
  const ordered = [...weeks].reverse();
  const max = Math.max(1, ...ordered.map(total));
  const width = 640;
  const height = 160;
  const gap = 8;
  const bar = (width - gap * (ordered.length + 1)) / Math.max(ordered.length, 1);
  return (
    <figure className="history-chart">
      <svg viewBox={`0 0 ${width} ${height + 24}`} role="img" aria-labelledby="history-chart-title history-chart-desc">
        <title id="history-chart-title">{r.chartTitle}</title>
        <desc id="history-chart-desc">{r.chartDesc}</desc>
        <line x1="0" y1={height} x2={width} y2={height} className="axis" />
        {ordered.map((week, index) => {
          const value = total(week);
          const h = (value / max) * (height - 16);
          const x = gap + index * (bar + gap);
          return (
            <g key={week.weekStart}>
              <rect
                x={x}
                y={height - h}
                width={bar}
                height={Math.max(h, value > 0 ? 2 : 0)}
                rx="4"
                className={week.paused ? 'bar paused' : week.kept ? 'bar kept' : 'bar'}
              />
              {value > 0 ? (
                <text x={x + bar / 2} y={height - h - 4} textAnchor="middle" className="bar-value">
                  {value}
                </text>
              ) : null}
              <text x={x + bar / 2} y={height + 16} textAnchor="middle" className="bar-label">
                {formatDay(week.weekStart, 'chart')}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <details>
          <summary>{r.tableCaption}</summary>
          <table className="history-table">
            <caption className="visually-hidden">{r.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{r.weekColumn}</th>
                <th scope="col">{copy.targets.search}</th>
                <th scope="col">{copy.targets.apply}</th>
                <th scope="col">{copy.targets.followUp}</th>
                <th scope="col">{r.totalColumn}</th>
                <th scope="col">{r.keptColumn}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.weekStart}>
                  <th scope="row">{shortDay(week.weekStart)}</th>
                  <td>{week.progress.search}</td>
                  <td>{week.progress.apply}</td>
                  <td>{week.progress.followUp}</td>
                  <td>{total(week)}</td>
                  <td>{week.paused ? r.keptPaused : week.kept ? r.keptYes : r.keptNo}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
