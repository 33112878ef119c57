import { useId, type ReactNode } from 'react';
import type { ApplicationSummary, ApplicationStatus } from '../../../electron/core/applications/schema';
import { useApiMutation } from '../ipc/queries';
import { ReflectOffer } from '../reflect/ReflectOffer';
import { addDaysTo, copy, fill, shortDay } from './format';
import { nextStatus } from './nextStatus';

/**
 * One application on the board: the next status in one click (any other by
 * moving the card), the next follow-up, and a closure prompt when it has gone
 * quiet. Kept light (a dozen elements), since the board shows seventy at once.
 */
export function ApplicationCard({
  application,
  today,
  silenceAfterDays,
  onStatus,
  open,
  onOpen,
  details,
  handle,
}: {
  application: ApplicationSummary;
  today: string;
  silenceAfterDays: number;
  onStatus: (application: ApplicationSummary, status: ApplicationStatus) => void;
  /** Whether its details are open. */
  open: boolean;
  /** Opens (or closes) its details: the same call as a table row's. */
  onOpen: (id: number) => void;
  /** What the card shows when its details are open. */
  details: ReactNode;
  /** The button that moves the card between columns. */
  handle?: ReactNode;
}) {
  const id = useId();
  const keepWaiting = useApiMutation('applications:keepWaiting');
  const move = useApiMutation('applications:moveFollowUp');
  const a = copy.applications;
  const next = nextStatus[application.status];
  const headingId = `${id}-company`;
  return (
    <article className={`app-card status-${application.status}`} aria-labelledby={headingId}>
      <header className="app-card-head">
        <h3 id={headingId}>{application.company}</h3>
        {handle}
      </header>
      {application.role ? <p className="app-role">{application.role}</p> : null}
      <p className="hint">
        {[copy.sources[application.source], application.location, application.remote ? a.remote : ''].filter(Boolean).join(' · ')}
        {application.appliedOn ? ` · ${fill(a.appliedOn, { date: shortDay(application.appliedOn) })}` : ''}
      </p>
      <ReflectOffer application={application} />

      {application.silent ? (
        <div className="closure" role="group" aria-label={fill(a.silentTitle, { company: application.company })}>
          <p>
            <strong>{fill(a.silentTitle, { company: application.company })}</strong>
          </p>
          <p>{fill(a.silentBody, { days: String(silenceAfterDays) })}</p>
          <div className="button-row">
            <button type="button" className="button small primary" onClick={() => onStatus(application, 'no_reply')}>
              {a.closeNoReply}
            </button>
            <button type="button" className="button small" onClick={() => keepWaiting.mutate({ id: application.id })}>
              {a.keepWaiting}
            </button>
          </div>
        </div>
      ) : next ? (
        <div className="button-row">
          <button type="button" className="button small primary" onClick={() => onStatus(application, next)}>
            {copy.nextStep[application.status as keyof typeof copy.nextStep]}
          </button>
        </div>
      ) : null}

      {application.nextFollowUp ? (
        <p className={application.nextFollowUp.dueOn <= today ? 'follow-up due' : 'follow-up'}>
          {fill(a.nextFollowUp, { date: shortDay(application.nextFollowUp.dueOn) })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              application.nextFollowUp &&
              move.mutate({
                id: application.nextFollowUp.id,
                dueOn: addDaysTo(application.nextFollowUp.dueOn < today ? today : application.nextFollowUp.dueOn, 3),
              })
            }
          >
            {a.snooze}
          </button>
        </p>
      ) : null}

      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        data-opens-details=""
        aria-label={`${open ? a.hideDetails : a.details}: ${application.company}`}
        onClick={() => onOpen(application.id)}
      >
        {open ? a.hideDetails : a.details}
      </button>
      {open ? details : null}
    </article>
  );
}
