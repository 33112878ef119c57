import { useEffect, useRef } from 'react';
import { useApiQuery } from '../ipc/queries';
import { ApplicationDetails } from './ApplicationDetails';
import { copy, fill } from './format';

/**
 * One application opened by address (`#/plan?application-12`, the link on a
 * rejection's page): its details above the list, focused so the reader
 * lands on it, with a way back to all applications.
 */
export function OpenedApplication({ id, today, onClose }: { id: number; today: string; onClose: () => void }) {
  const a = copy.applications;
  const application = useApiQuery('applications:get', { id });
  const heading = useRef<HTMLHeadingElement>(null);
  const company = application.data?.company;
  useEffect(() => {
    if (company !== undefined) heading.current?.focus();
  }, [company]);
  if (application.error) return <p role="alert">{application.error.message}</p>;
  if (company === undefined) return null;
  return (
    <section className="card opened-application" aria-labelledby="opened-application-heading">
      <div className="card-head">
        <h2 id="opened-application-heading" ref={heading} tabIndex={-1}>
          {fill(a.openedHeading, { company })}
        </h2>
        <button type="button" className="button small" onClick={onClose}>
          {a.openedClose}
        </button>
      </div>
      <ApplicationDetails id={id} today={today} />
    </section>
  );
}
