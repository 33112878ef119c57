import { useId, useRef } from 'react';
import type { ApplicationStatus } from '../../../electron/core/applications/schema';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { copy, fill } from './format';
import { ApplicationFieldsSections } from './details/ApplicationFieldsSections';
import { FollowUpsSection } from './details/FollowUpsSection';
import { InterviewsSection } from './details/InterviewsSection';
import { PeopleSection } from './details/PeopleSection';
import { SidePanel } from './details/SidePanel';
import { ReflectOffer } from '../reflect/ReflectOffer';
import './details/details.css';

/**
 * Everything about one application in a side panel at the window's full height: its fields (saved
 * as they are typed), the people linked to it, its interview rounds, its follow-ups and history.
 */
export function ApplicationDetails({
  id,
  today,
  onClose,
  onStatus,
}: {
  id: number;
  today: string;
  onClose: () => void;
  /** A status chosen here goes the way the card's does (a rejection offers a reflection). */
  onStatus: (id: number, status: ApplicationStatus) => void;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = useApiQuery('applications:get', { id });
  const remove = useApiMutation('applications:delete');
  const a = copy.applications;
  const d = copy.details;
  const app = detail.data;
  return (
    <SidePanel labelledBy={headingId} headingRef={heading} onClose={onClose}>
      <header className="side-panel-head">
        <div>
          <h2 id={headingId} ref={heading} tabIndex={-1}>
            {app?.company ?? a.details}
          </h2>
          {app?.role ? <p className="app-role">{app.role}</p> : null}
        </div>
        <button type="button" className="button small" aria-label={fill(d.closeLabel, { company: app?.company ?? '' })} onClick={onClose}>
          {d.close}
        </button>
      </header>
      {!app ? (
        detail.error ? (
          <p role="alert">{detail.error.message}</p>
        ) : (
          <p role="status">{a.loading}</p>
        )
      ) : (
        <div className="side-panel-body">
          <p className="hint">{d.autosaveHint}</p>
          <ReflectOffer application={app} />
          <ApplicationFieldsSections key={app.id} app={app} onStatus={(status) => onStatus(app.id, status)} />
          <PeopleSection applicationId={app.id} company={app.company} />
          <InterviewsSection applicationId={app.id} now={new Date()} />
          <FollowUpsSection app={app} today={today} />
          <button
            type="button"
            className="button small danger"
            onClick={() => {
              if (window.confirm(a.deleteConfirm)) remove.mutate({ id }, { onSuccess: onClose });
            }}
          >
            {a.delete}
          </button>
        </div>
      )}
    </SidePanel>
  );
}
