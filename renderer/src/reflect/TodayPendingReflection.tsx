import { content, fillTemplate } from '../../../content';
import { hashFor } from '../components/navigation';
import { FormError } from '../components/SaveRow';
import { useApiMutation, useApiQuery } from '../ipc/queries';

const copy = content.planner.today;

/**
 * Today's gentle mention of a "no" not yet reflected on: a rejection logged
 * and left, or an application marked rejected after "Not now". Once put
 * off it stays quiet (core remembers) until a newer one comes.
 */
export function TodayPendingReflection() {
  const pending = useApiQuery('reflection:pending');
  const dismiss = useApiMutation('reflection:dismissPending');
  const data = pending.data;
  if (!data) return null;
  const href = hashFor('reflect', data.kind === 'application' ? `new-rejection-${data.applicationId}` : `reflect-${data.rejectionId}`);
  const carryOn = data.kind === 'rejection' && data.inProgress;
  return (
    <section className="card gentle today-pending" aria-labelledby="today-pending-heading">
      <h2 id="today-pending-heading">{fillTemplate(copy.pendingTitle, { company: data.company })}</h2>
      <p>{copy.pendingBody}</p>
      <div className="button-row">
        <a className="button primary" href={href}>
          {carryOn ? copy.pendingContinue : copy.pendingAction}
        </a>
        <button type="button" className="button" disabled={dismiss.isPending} onClick={() => dismiss.mutate(undefined)}>
          {copy.pendingLater}
        </button>
      </div>
      <FormError message={dismiss.error?.message} />
    </section>
  );
}
