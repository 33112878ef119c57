import { content } from '../../../content';
import type { ViewProps } from '../app/App';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';

export default function TodayView({ navigate }: ViewProps) {
  const copy = content.views.today;
  return (
    <>
      <ViewHeader title={copy.title} />
      <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => navigate('plan')} />
    </>
  );
}
