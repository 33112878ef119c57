import { useId, useState } from 'react';
import { content, fillTemplate } from '../../../content';
import type { UpcomingInterview } from '../../../electron/core/applications/people/schema';
import { formatMoment } from '../components/format';
import type { ViewProps } from '../components/navigation';
import { call } from '../ipc/client';
import { useApiQuery } from '../ipc/queries';
import './nextInterview.css';

const copy = content.planner.today;
const kinds = content.planner.interviewKinds;

/** "New York" for America/New_York: the zone as a place, the way an invitation names it. */
function placeOfZone(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/** HH:mm and the day on this computer's clock, to tell whether the invitation's own wall time differs. */
function localWallTime(iso: string): { date: string; time: string } {
  const at = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

const isWebLink = (place: string) => /^https?:\/\/\S+$/i.test(place.trim());

function InterviewFacts({ interview }: { interview: UpcomingInterview }) {
  const [linkError, setLinkError] = useState<string | null>(null);
  const local = localWallTime(interview.startsAt);
  const elsewhere = local.time !== interview.time || local.date !== interview.date;
  const kind = kinds[interview.kind];
  const place = interview.place.trim();
  const openLink = async () => {
    setLinkError(null);
    try {
      await call('app:openExternal', { url: place });
    } catch (error) {
      setLinkError(fillTemplate(copy.nextInterviewLinkFailed, { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <>
      <p className="next-interview-who">
        <strong>{interview.company}</strong>
        {' · '}
        {interview.role.trim() ? fillTemplate(copy.nextInterviewWhat, { kind, role: interview.role }) : kind}
      </p>
      <p className="next-interview-when">
        <time dateTime={interview.startsAt}>{formatMoment(interview.startsAt)}</time>
      </p>
      {elsewhere ? (
        <p className="hint">{fillTemplate(copy.nextInterviewZone, { time: interview.time, zone: placeOfZone(interview.timeZone) })}</p>
      ) : null}
      {place && isWebLink(place) ? (
        <p>
          <button type="button" className="button small" onClick={() => void openLink()}>
            {copy.nextInterviewLink}
          </button>
        </p>
      ) : place ? (
        <p>{fillTemplate(copy.nextInterviewPlace, { place })}</p>
      ) : null}
      {linkError ? <p role="alert">{linkError}</p> : null}
    </>
  );
}

/**
 * Today's card for what comes next: the soonest interview round (who, what, when in the person's own
 * clock, where), and the quick way to add an application, which also stands alone while nothing is booked.
 */
export function NextInterview({ navigate }: Pick<ViewProps, 'navigate'>) {
  const id = useId();
  const upcoming = useApiQuery('interviews:upcoming', { limit: 1 });
  // Read from the cache Today already filled: before anything is tracked, Today has its own start.
  const hasPlan = useApiQuery('planner:today').data?.hasPlan ?? false;
  const interview = upcoming.data?.[0] ?? null;
  const addButton = (
    <button type="button" className="button" onClick={() => navigate('plan', 'add-application')}>
      {copy.addApplication}
    </button>
  );
  if (!interview) {
    if (!hasPlan || upcoming.isPending) return null;
    return (
      <section className="card today-next-interview quiet" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="visually-hidden">
          {copy.nextInterviewHeading}
        </h2>
        {upcoming.error ? <p role="alert">{upcoming.error.message}</p> : <p>{copy.nextInterviewNone}</p>}
        {addButton}
      </section>
    );
  }
  return (
    <section className="card today-next-interview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{copy.nextInterviewHeading}</h2>
      <InterviewFacts interview={interview} />
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => navigate('plan', `application-${interview.applicationId}`)}>
          {copy.nextInterviewOpen}
        </button>
        {addButton}
      </div>
    </section>
  );
}
