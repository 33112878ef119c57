import { useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import type { ApplicationStatus } from '../../../electron/core/applications/schema';
import { call, type ClientError } from '../ipc/client';
import { useApiQuery } from '../ipc/queries';
import { focusAfterDelete } from './focusAfterDelete';
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
  onDeleted,
  onStatus,
}: {
  id: number;
  today: string;
  onClose: () => void;
  /** Deleted: the caller hides the panel at once (before anything else is drawn again). */
  onDeleted: () => void;
  /** A status chosen here goes the way the card's does (a rejection offers a reflection). */
  onStatus: (id: number, status: ApplicationStatus) => void;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const detail = useApiQuery('applications:get', { id });
  const queryClient = useQueryClient();
  const returnFocus = useRef<(() => void) | null>(null);
  // Not useApiMutation, which refreshes every read before its caller hears of success: this panel's own
  // reads (its people, its rounds) would then answer "That application is no longer there" for a moment
  // before it closes. The caller is told first (and hides the panel), focus is sent to the next row or card
  // rather than to the deleted one's button, this application's reads are dropped, and the rest refresh.
  const remove = useMutation<{ deleted: boolean }, ClientError, void>({
    mutationFn: () => call('applications:delete', { id }),
    onSuccess: () => {
      onDeleted();
      const its = (query: Query) => isAboutApplication(query, id);
      queryClient.removeQueries({ predicate: its });
      return queryClient.invalidateQueries({ predicate: (query) => !its(query) });
    },
  });
  const a = copy.applications;
  const d = copy.details;
  const app = detail.data;
  return (
    <SidePanel labelledBy={headingId} headingRef={heading} onClose={onClose} returnFocus={returnFocus}>
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
            disabled={remove.isPending}
            onClick={() => {
              if (!window.confirm(a.deleteConfirm)) return;
              returnFocus.current = focusAfterDelete(id);
              remove.mutate(undefined, { onError: () => (returnFocus.current = null) });
            }}
          >
            {a.delete}
          </button>
          {remove.error ? <p role="alert">{remove.error.message}</p> : null}
        </div>
      )}
    </SidePanel>
  );
}

/** A read of this application's own (its details, its people, its rounds, its reflection), which only says "gone" once it is deleted. */
function isAboutApplication(query: Query, id: number): boolean {
  const [channel, input] = query.queryKey as [string, { id?: number; applicationId?: number } | null];
  return (channel === 'applications:get' && input?.id === id) || input?.applicationId === id;
}
