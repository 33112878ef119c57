import { useInfiniteQuery } from '@tanstack/react-query';
import { content, fillTemplate } from '../../../content';
import { rejectionsPageSize, type RejectionsPage } from '../../../electron/core/reflection/schema';
import type { ViewProps } from '../components/navigation';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { call, type ClientError } from '../ipc/client';
import { Insights } from './Insights';
import { ReflectionFlow } from './ReflectionFlow';
import { NewRejection } from './RejectionForm';
import { RejectionList } from './RejectionList';
import { RejectionPage } from './RejectionPage';
import './reflect.css';

/** What the action in `#/reflect?<action>` asks for. */
export type ReflectRoute =
  | { screen: 'home' }
  | { screen: 'new'; applicationId: number | null }
  | { screen: 'page'; rejectionId: number }
  | { screen: 'flow'; rejectionId: number };

export function reflectRoute(action: string | null): ReflectRoute {
  const match = /^(new-rejection|rejection|reflect)(?:-(\d{1,15}))?$/.exec(action ?? '');
  const id = match?.[2] ? Number(match[2]) : null;
  if (match?.[1] === 'new-rejection') return { screen: 'new', applicationId: id };
  if (match?.[1] === 'rejection' && id) return { screen: 'page', rejectionId: id };
  if (match?.[1] === 'reflect' && id) return { screen: 'flow', rejectionId: id };
  return { screen: 'home' };
}

export default function ReflectView({ action, navigate }: ViewProps) {
  const copy = content.views.reflect;
  const route = reflectRoute(action);
  const header = (
    <ViewHeader title={copy.title}>{route.screen === 'home' ? <p className="lead">{content.reflectUi.list.lead}</p> : null}</ViewHeader>
  );
  if (route.screen === 'new') {
    return (
      <>
        {header}
        <NewRejection key={action} applicationId={route.applicationId} navigate={navigate} />
      </>
    );
  }
  if (route.screen === 'page') {
    return (
      <>
        {header}
        <RejectionPage rejectionId={route.rejectionId} navigate={navigate} />
      </>
    );
  }
  if (route.screen === 'flow') {
    return (
      <>
        {header}
        <ReflectionFlow key={route.rejectionId} rejectionId={route.rejectionId} navigate={navigate} />
      </>
    );
  }
  return (
    <>
      {header}
      <Home navigate={navigate} />
    </>
  );
}

function Home({ navigate }: { navigate: ViewProps['navigate'] }) {
  const copy = content.views.reflect;
  const list = useRejectionPages();
  if (list.error) return <p role="alert">{list.error.message}</p>;
  if (!list.data) return <p role="status">…</p>;
  const pages = list.data.pages;
  const total = pages[0]?.total ?? 0;
  if (total === 0) {
    return (
      <EmptyState
        title={copy.emptyTitle}
        body={copy.emptyBody}
        actionLabel={copy.action}
        onAction={() => navigate('reflect', 'new-rejection')}
      />
    );
  }
  const rejections = pages.flatMap((page) => page.items);
  const words = content.reflectUi.list;
  const rest = total - rejections.length;
  // What the rejections teach comes first; the list below grows a page at a time, so ten years of them
  // never make one endless page with the insights at its foot.
  return (
    <>
      <p>
        <button type="button" className="button primary" onClick={() => navigate('reflect', 'new-rejection')}>
          {content.reflectUi.list.logButton}
        </button>
      </p>
      <Insights />
      <RejectionList rejections={rejections} navigate={navigate} />
      {rest > 0 ? (
        <div className="button-row">
          <p className="hint" role="status">
            {fillTemplate(words.showing, { shown: rejections.length, total })}
          </p>
          <button type="button" className="button small" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {fillTemplate(words.showMore, { count: String(Math.min(rest, rejectionsPageSize)) })}
          </button>
        </div>
      ) : null}
    </>
  );
}

/** Rejections a page at a time, newest first. */
function useRejectionPages() {
  return useInfiniteQuery<RejectionsPage, ClientError, { pages: RejectionsPage[] }, readonly unknown[], number>({
    queryKey: ['rejections:list', 'pages'],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => call('rejections:list', { offset: pageParam, limit: rejectionsPageSize }),
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
  });
}
