import { content } from '../../../content';
import type { ViewProps } from '../app/App';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { useApiQuery } from '../ipc/queries';
import { TodayPlan } from '../plan/TodayPlan';
import { TodayRecovery } from '../reflect/TodayRecovery';
import { LaunchAtLoginOffer } from '../settings/LaunchAtLoginOffer';
import { TodayWins } from '../wins/TodayWins';
import './today.css';

/**
 * Today: a vertical stack of widgets, one per feature (a recovery window,
 * the day's routine, the week's wins), with the empty state until a week
 * is planned or an application is tracked.
 */
export default function TodayView({ navigate }: ViewProps) {
  const copy = content.views.today;
  const plan = useApiQuery('planner:today');
  // The heading waits for the data (a few milliseconds), so the view appears whole.
  if (plan.isPending) return <p className="loading" role="status">Loading…</p>;
  const hasPlan = plan.data?.hasPlan ?? false;
  return (
    <>
      <ViewHeader title={copy.title} />
      {plan.error ? <p role="alert">{plan.error.message}</p> : null}
      <div className="today-stack">
        <TodayRecovery navigate={navigate} />
        {hasPlan && plan.data ? <TodayPlan data={plan.data} navigate={navigate} /> : null}
        <TodayWins navigate={navigate} />
        {/* Offered once, after the first week is planned; renders nothing otherwise. */}
        <LaunchAtLoginOffer />
        {hasPlan ? null : (
          <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => navigate('plan')} />
        )}
      </div>
    </>
  );
}
