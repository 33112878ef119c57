import { formatWeekdayTime } from '../../../content/format';
import { content, fillTemplate } from '../../../content';
import type { ViewProps } from '../components/navigation';
import { useApiQuery } from '../ipc/queries';
import './reflect.css';

const copy = content.reflectUi.today;

/** Today's widget: a recovery window still running ("recovering until Thursday 18:00") and a strength shown again. */
export function TodayRecovery({ navigate }: { navigate: ViewProps['navigate'] }) {
  const today = useApiQuery('reflection:today');
  const data = today.data;
  if (!data || (!data.recovery && !data.strength)) return null;
  return (
    <section className="card today-recovery" aria-labelledby="today-recovery-heading">
      <h2 id="today-recovery-heading">{copy.heading}</h2>
      {data.recovery ? (
        <div className="recovery-now">
          <p className="recovery-until">{fillTemplate(copy.recovering, { when: formatWeekdayTime(data.recovery.until) })}</p>
          <p className="hint">{copy.recoveringBody}</p>
          {data.recovery.finished ? null : (
            <button type="button" className="button" onClick={() => navigate('reflect', `reflect-${data.recovery?.rejectionId}`)}>
              {copy.continue}
            </button>
          )}
        </div>
      ) : null}
      {data.strength ? (
        <div className="strength-again">
          <h3>{copy.strengthHeading}</h3>
          <p className="strength">“{data.strength}”</p>
        </div>
      ) : null}
    </section>
  );
}
