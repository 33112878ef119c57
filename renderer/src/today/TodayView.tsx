import { content } from '../../../content';
import type { ViewProps } from '../app/App';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { useApiQuery } from '../ipc/queries';
import { TodayPlan } from '../plan/TodayPlan';

/** Today: a vertical stack of widgets, one per feature; the empty state until there is anything to show. */
export default function TodayView({ navigate }: ViewProps) {
  const copy = content.views.today;
  const plan = useApiQuery('planner:today');
  const hasAnything = plan.data?.hasPlan ?? false;
  // The heading waits for the data (a few milliseconds), so the view appears whole.
  if (plan.isPending) return <p className="loading" role="status">Loading…</p>;
  return (
    <>
      <ViewHeader title={copy.title} />
      {plan.error ? <p role="alert">{plan.error.message}</p> : null}
      {hasAnything && plan.data ? (
        <div className="today-stack">
          <TodayPlan data={plan.data} navigate={navigate} />
        </div>
      ) : (
        <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => navigate('plan')} />
      )}
    </>
  );
}
