import { content, fillTemplate } from '../../../content';
import type { CompanionStatus } from '../../../electron/core/reminders/schema';
import { useApiMutation } from '../ipc/queries';
import { formatMoment } from '../components/format';
import { FormError } from '../components/SaveRow';

/** The pause (also in the tray menu) and what comes next. */
export function PauseControls({ status }: { status: CompanionStatus }) {
  const copy = content.reminders.settings;
  const pause = useApiMutation('reminders:pause');
  const resume = useApiMutation('reminders:resume');
  const next = status.upcoming[0];
  const error = pause.error ?? resume.error;
  return (
    <section className="card pause-card" aria-labelledby="pause-heading">
      <h2 id="pause-heading" className="small-heading">
        {copy.pauseLegend}
      </h2>
      {!status.notificationsSupported ? <p className="hint">{copy.noNotifications}</p> : null}
      <p role="status" aria-live="polite">
        {status.pausedUntil
          ? fillTemplate(copy.pausedUntil, { time: formatMoment(status.pausedUntil) })
          : next
            ? fillTemplate(copy.next, { what: copy.kinds[next.kind], time: formatMoment(next.at) })
            : copy.nothingNext}
      </p>
      <div className="pause-actions">
        {status.pausedUntil ? (
          <button type="button" className="button primary" onClick={() => resume.mutate(undefined)} disabled={resume.isPending}>
            {copy.resume}
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={() => pause.mutate({ preset: '1h' })} disabled={pause.isPending}>
              {copy.pauseHour}
            </button>
            <button type="button" className="button" onClick={() => pause.mutate({ preset: 'tomorrow' })} disabled={pause.isPending}>
              {copy.pauseTomorrow}
            </button>
            <button type="button" className="button" onClick={() => pause.mutate({ preset: '1w' })} disabled={pause.isPending}>
              {copy.pauseWeek}
            </button>
          </>
        )}
      </div>
      <FormError message={error?.message} />
    </section>
  );
}
