import { useId, useState } from 'react';
import { content, fillTemplate } from '../../../content';
import { dayLabel } from '../../../electron/core/wins/dayLabels';
import { formatDay } from '../../../content/format';
import type { WeekCount } from '../../../electron/core/wins/schema';
import { useApiQuery } from '../ipc/queries';

const copy = content.wins.chart;
const width = 640;
const height = 180;
const pad = { top: 12, right: 8, bottom: 26, left: 30 };

/** Bars for wins per week, drawn inline: a title and description for screen readers, the table for exact numbers. */
function Bars({ weeks, titleId, descId }: { weeks: WeekCount[]; titleId: string; descId: string }) {
  const max = Math.max(1, ...weeks.map((week) => week.count));
  const plotWidth = width - pad.left - pad.right;
  const plotHeight = height - pad.top - pad.bottom;
  const slot = plotWidth / weeks.length;
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = weeks.length > 12 ? 8 : 2;
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{copy.heading}</title>
      <desc id={descId}>
        {fillTemplate(copy.summary, {
          total: String(total),
          weeks: String(weeks.length),
          max: String(Math.max(0, ...weeks.map((week) => week.count))),
        })}
      </desc>
      <line className="axis" x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} />
      <text className="tick" x={pad.left - 6} y={pad.top + 4} textAnchor="end">
        {max}
      </text>
      <text className="tick" x={pad.left - 6} y={height - pad.bottom} textAnchor="end">
        0
      </text>
      {weeks.map((week, index) => {
        const barHeight = (week.count / max) * plotHeight;
        const x = pad.left + index * slot + (slot - barWidth) / 2;
        return (
          <g key={week.weekStart}>
            <rect
              className={index === weeks.length - 1 ? 'bar current' : 'bar'}
              x={x}
              y={height - pad.bottom - barHeight}
              width={barWidth}
              height={Math.max(barHeight, week.count ? 1 : 0)}
              rx={Math.min(3, barWidth / 3)}
            />
            {(weeks.length - 1 - index) % labelEvery === 0 ? (
              // The newest week's label ends at its bar, so it is never cut at the chart's right edge.
              <text
                className="tick"
                x={index === weeks.length - 1 ? Math.min(x + barWidth, width - pad.right) : x + barWidth / 2}
                y={height - 8}
                textAnchor={index === weeks.length - 1 ? 'end' : 'middle'}
              >
                {formatDay(week.weekStart, 'chart')}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** Wins per week over the last 12 or 52 weeks, as a chart or as a table of the same numbers. */
export function WinsChart() {
  const id = useId();
  const [weeks, setWeeks] = useState<12 | 52>(12);
  const [asTable, setAsTable] = useState(false);
  const perWeek = useApiQuery('wins:perWeek', { weeks });
  return (
    <section className="card chart-card" aria-labelledby={`${id}-heading`}>
      <div className="chart-head">
        <h2 id={`${id}-heading`}>{copy.heading}</h2>
        <div className="toggles">
          <div role="group" aria-label={copy.range} className="segmented">
            {([12, 52] as const).map((option) => (
              <button key={option} type="button" aria-pressed={weeks === option} onClick={() => setWeeks(option)}>
                {option === 12 ? copy.range12 : copy.range52}
              </button>
            ))}
          </div>
          <div role="group" aria-label={copy.view} className="segmented">
            <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
              {copy.asChart}
            </button>
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
              {copy.asTable}
            </button>
          </div>
        </div>
      </div>
      {perWeek.error ? <p role="alert">{perWeek.error.message}</p> : null}
      {perWeek.data && !asTable ? <Bars weeks={perWeek.data} titleId={`${id}-title`} descId={`${id}-desc`} /> : null}
      {perWeek.data && asTable ? (
        <div className="table-scroll">
          <table className="week-table">
            <caption className="visually-hidden">{copy.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{copy.week}</th>
                <th scope="col">{copy.wins}</th>
              </tr>
            </thead>
            <tbody>
              {[...perWeek.data].reverse().map((week) => (
                <tr key={week.weekStart}>
                  <td>{dayLabel(week.weekStart)}</td>
                  <td>{week.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
