import { content, fillTemplate } from '../../../content';
import { useApiQuery } from '../ipc/queries';

const copy = content.reflectUi.insights;
const label = (list: { id: string; label: string }[], id: string) => list.find((entry) => entry.id === id)?.label ?? id;

/** Patterns worded as learning: reasons, stages, feedback answers, and how quickly the next application followed. */
export function Insights() {
  const insights = useApiQuery('rejections:insights');
  const data = insights.data;
  if (!data || data.total === 0) return null;
  const widest = Math.max(1, ...data.byReason.map((row) => row.count), ...data.byStage.map((row) => row.count));
  return (
    <section className="insights" aria-labelledby="insights-heading">
      <h2 id="insights-heading">{copy.heading}</h2>
      <p className="hint">{copy.lead}</p>
      <div className="insight-grid">
        <div className="card">
          <h3>{copy.reasons}</h3>
          <Bars rows={data.byReason.map((row) => ({ label: label(content.reflection.reasons, row.id), count: row.count }))} max={widest} />
        </div>
        <div className="card">
          <h3>{copy.stages}</h3>
          <Bars rows={data.byStage.map((row) => ({ label: label(content.reflection.stages, row.id), count: row.count }))} max={widest} />
        </div>
        <div className="card">
          <h3>{copy.feedback}</h3>
          <p>
            {data.feedback.asked
              ? fillTemplate(copy.feedbackRate, { answered: String(data.feedback.answered), asked: String(data.feedback.asked) })
              : copy.feedbackNone}
          </p>
        </div>
        <div className="card">
          <h3>{copy.bounce}</h3>
          {data.bounceBack.medianDays !== null && data.bounceBack.fastestDays !== null ? (
            <>
              <p>{fillTemplate(copy.bounceMedian, { days: data.bounceBack.medianDays })}</p>
              <p className="hint">{fillTemplate(copy.bounceFastest, { days: data.bounceBack.fastestDays })}</p>
            </>
          ) : (
            <p>{copy.bounceNone}</p>
          )}
        </div>
      </div>
    </section>
  );
}

function Bars({ rows, max }: { rows: { label: string; count: number }[]; max: number }) {
  if (rows.length === 0) return <p className="hint">{content.reflectUi.page.none}</p>;
  return (
    <ul className="bars">
      {rows.map((row) => (
        <li key={row.label}>
          <span className="bar-label">{row.label}</span>
          <meter min={0} max={max} value={row.count} aria-hidden="true" />
          <span className="bar-count">{row.count}</span>
        </li>
      ))}
    </ul>
  );
}
