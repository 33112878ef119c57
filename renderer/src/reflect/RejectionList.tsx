import { parseISO } from 'date-fns';
import { formatDate } from '../../../content/format';
import { content, fillTemplate } from '../../../content';
import type { RejectionSummary } from '../../../electron/core/reflection/schema';
import { hashFor, type ViewProps } from '../components/navigation';

const copy = content.reflectUi.list;

export function statusText(summary: Pick<RejectionSummary, 'reflection'>): string {
  const { reflection } = summary;
  if (reflection.state === 'done') return copy.done;
  if (reflection.state === 'in_progress') return fillTemplate(copy.inProgress, { step: String(reflection.step) });
  return copy.notStarted;
}

/** Every rejection with where its reflection stands, and the one next move for each. */
export function RejectionList({ rejections, navigate }: { rejections: RejectionSummary[]; navigate: ViewProps['navigate'] }) {
  return (
    <section aria-labelledby="rejections-heading">
      <h2 id="rejections-heading">{copy.heading}</h2>
      <ul className="rejection-list">
        {rejections.map((rejection) => (
          <li key={rejection.id} className={`card rejection-item ${rejection.reflection.state}`}>
            <div>
              <h3>
                <a href={hashFor('reflect', `rejection-${rejection.id}`)}>
                  {rejection.company}
                  {rejection.role ? <span className="role"> · {rejection.role}</span> : null}
                </a>
              </h3>
              <p className="hint">
                {fillTemplate(copy.received, { date: formatDate(parseISO(rejection.receivedOn), 'medium') })} ·{' '}
                <span className="status">{statusText(rejection)}</span>
              </p>
            </div>
            {rejection.reflection.state === 'done' ? (
              <a className="button" href={hashFor('reflect', `rejection-${rejection.id}`)}>
                {copy.open}
              </a>
            ) : (
              <button type="button" className="button primary" onClick={() => navigate('reflect', `reflect-${rejection.id}`)}>
                {rejection.reflection.state === 'in_progress' ? copy.continue : copy.start}
                <span className="visually-hidden"> ({rejection.company})</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
