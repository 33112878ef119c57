import { useId } from 'react';
import { applicationStatuses, type Application, type ApplicationStatus } from '../../../electron/core/applications/schema';
import { useApiMutation } from '../ipc/queries';
import { addDaysTo, copy, fill, shortDay } from './format';

const nextStatus: Partial<Record<ApplicationStatus, ApplicationStatus>> = {
  saved: 'applied',
  applied: 'interviewing',
  interviewing: 'offer',
};

/** One application on the list or the board: status in one click, the next follow-up, and a closure prompt when it has gone quiet. */
export function ApplicationCard({
  application,
  today,
  silenceAfterDays,
  onStatus,
  onOpen,
}: {
  application: Application;
  today: string;
  silenceAfterDays: number;
  onStatus: (application: Application, status: ApplicationStatus) => void;
  /** Opens the application's details (the side panel). */
  onOpen: (id: number) => void;
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
        <span className={`chip status-chip status-${application.status}`}>{copy.statuses[application.status]}</span>
      </header>
      {application.role ? <p className="app-role">{application.role}</p> : null}
      <p className="hint">
        {[copy.sources[application.source], application.location, application.remote ? a.remote : ''].filter(Boolean).join(' · ')}
        {application.appliedOn ? ` · ${fill(a.appliedOn, { date: shortDay(application.appliedOn) })}` : ''}
      </p>

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
      ) : (
        <div className="button-row">
          {next ? (
            <button type="button" className="button small primary" onClick={() => onStatus(application, next)}>
              {copy.nextStep[application.status as keyof typeof copy.nextStep]}
            </button>
          ) : null}
          <label className="visually-hidden" htmlFor={`${id}-status`}>
            {fill(a.changeStatus, { company: application.company })}
          </label>
          <select
            id={`${id}-status`}
            className="status-select"
            value={application.status}
            onChange={(event) => onStatus(application, event.target.value as ApplicationStatus)}
          >
            {applicationStatuses.map((status) => (
              <option key={status} value={status}>
                {copy.statuses[status]}
              </option>
            ))}
          </select>
        </div>
      )}

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

      <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => onOpen(application.id)}>
        {a.details}
        <span className="visually-hidden">: {application.company}</span>
      </button>
    </article>
  );
}
