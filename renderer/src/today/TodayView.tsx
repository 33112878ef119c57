import { content } from '../../../content';
import type { ViewProps } from '../app/App';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { TodayRecovery } from '../reflect/TodayRecovery';
import { TodayWins } from '../wins/TodayWins';

export default function TodayView({ navigate }: ViewProps) {
  const copy = content.views.today;
  return (
    <>
      <ViewHeader title={copy.title} />
      {/* Widgets, one per feature, stacked top to bottom. */}
      <div className="today-stack">
        <TodayRecovery navigate={navigate} />
        <TodayWins navigate={navigate} />
        <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => navigate('plan')} />
      </div>
    </>
  );
}
