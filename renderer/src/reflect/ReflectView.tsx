import { content } from '../../../content';
import type { ViewProps } from '../components/navigation';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { useApiQuery } from '../ipc/queries';
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
    <ViewHeader title={copy.title}>
      {route.screen === 'home' ? <p className="lead">{content.reflectUi.list.lead}</p> : null}
    </ViewHeader>
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
  const list = useApiQuery('rejections:list');
  if (list.error) return <p role="alert">{list.error.message}</p>;
  if (!list.data) return <p role="status">…</p>;
  if (list.data.length === 0) {
    return <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => navigate('reflect', 'new-rejection')} />;
  }
  return (
    <>
      <p>
        <button type="button" className="button primary" onClick={() => navigate('reflect', 'new-rejection')}>
          {content.reflectUi.list.logButton}
        </button>
      </p>
      <RejectionList rejections={list.data} navigate={navigate} />
      <Insights />
    </>
  );
}
