import { content } from '../../../content';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';

export default function WinsView() {
  const copy = content.views.wins;
  return (
    <>
      <ViewHeader title={copy.title} />
      <EmptyState title={copy.emptyTitle} body={copy.emptyBody} />
    </>
  );
}
