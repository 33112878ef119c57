import { content } from '../../../content';
import type { ViewProps } from '../components/navigation';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { ViewLoading } from '../components/ViewLoading';
import { useApiQuery } from '../ipc/queries';
import { TodayPlan } from '../plan/TodayPlan';
import { TodayRecovery } from '../reflect/TodayRecovery';
import { TodayPendingReflection } from '../reflect/TodayPendingReflection';
import { TodayWins } from '../wins/TodayWins';
import { NextInterview } from './NextInterview';
import './today.css';

/**
 * Today: a vertical stack of widgets, one per feature (a recovery window,
 * the day's routine, the week's wins), with the empty state until a week
 * is planned or an application is tracked.
 */
export default function TodayView({ navigate }: ViewProps) {
  const copy = content.views.today;
  const plan = useApiQuery('planner:today');
  const hasPlan = plan.data?.hasPlan ?? false;
  const recovery = useApiQuery('reflection:today');
  // A first run meets the person who was just turned down: logging the rejection comes before planning.
  const firstRun = !hasPlan && recovery.data?.hasRejections === false;
  // The heading shows at once; the widgets below wait for the day's plan, so they appear together.
  return (
    <>
      <ViewHeader title={copy.title} />
      {plan.error ? <p role="alert">{plan.error.message}</p> : null}
      {plan.isPending || recovery.isPending ? (
        <ViewLoading label={copy.loading} />
      ) : (
        <div className="today-stack">
          {firstRun ? (
            <section className="card today-first" aria-labelledby="today-first-heading">
              <h2 id="today-first-heading">{copy.rejectionTitle}</h2>
              <p>{copy.rejectionBody}</p>
              <button type="button" className="button primary" onClick={() => navigate('reflect', 'new-rejection')}>
                {copy.rejectionAction}
              </button>
            </section>
          ) : null}
          <TodayRecovery navigate={navigate} />
          <NextInterview navigate={navigate} />
          <TodayPendingReflection />
          {hasPlan && plan.data ? <TodayPlan data={plan.data} navigate={navigate} /> : null}
          <TodayWins navigate={navigate} />
          {hasPlan ? null : (
            <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => navigate('plan')} />
          )}
        </div>
      )}
    </>
  );
}
