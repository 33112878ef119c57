import { content } from '../../../content';
import type { ViewProps } from '../app/App';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { TodayWins } from '../wins/TodayWins';

export default function TodayView({ navigate }: ViewProps) {
  const copy = content.views.today;
  return (
    <>
      <ViewHeader title={copy.title} />
      <div className="today-stack">
        <TodayWins navigate={navigate} />
      </div>
      <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => navigate('plan')} />
    </>
  );
}
