import { useRef, useState, type KeyboardEvent } from 'react';
import { content } from '../../../content';
import type { ViewProps } from '../components/navigation';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { useApiQuery } from '../ipc/queries';
import { ApplicationsPanel } from './ApplicationsPanel';
import { QuickAddApplication } from './QuickAddApplication';
import { OpenedApplication } from './OpenedApplication';
import { PeoplePanel } from './PeoplePanel';
import { ReviewPanel } from './ReviewPanel';
import { WeekPanel } from './WeekPanel';
import { copy } from './format';
import './plan.css';

type Tab = 'week' | 'applications' | 'people' | 'review';
const tabs: Tab[] = ['week', 'applications', 'people', 'review'];
const tabLabel: Record<Tab, string> = {
  week: copy.plan.tabWeek,
  applications: copy.plan.tabApplications,
  people: copy.plan.tabPeople,
  review: copy.plan.tabReview,
};

/**
 * The open tab lives in the address (`#/plan?applications`, `#/plan?people`, `#/plan?review`, else the week), not in
 * state: a tray or notification click that asks for a tab then always lands on it, even when Plan is
 * already open on another one, and a reload keeps the tab. `add-application` (the quick add) and
 * `application-<id>` (one application, from Today's next interview) land on the applications tab.
 */
/** The applications as a board (`#/plan?applications-board`); `#/plan?applications` is the table. */
const boardAction = 'applications-board';
const tabOfAction = (action: string | null): Tab =>
  action === 'applications' || action === boardAction || action === 'add-application' || /^application-\d+$/.test(action ?? '')
    ? 'applications'
    : action === 'people' || /^person-\d+$/.test(action ?? '')
      ? 'people'
      : action === 'review'
        ? 'review'
        : 'week';
/** `#/plan?application-12`: the applications tab with application 12 opened above the list (from a rejection's page). */
const openedOf = (action: string | null): number | null => {
  const match = /^application-(\d{1,15})$/.exec(action ?? '');
  return match ? Number(match[1]) : null;
};
/** `#/plan?person-12`: the People tab with person 12's panel open. */
const personOf = (action: string | null): number | null => {
  const match = /^person-(\d{1,15})$/.exec(action ?? '');
  return match ? Number(match[1]) : null;
};
const actionOfTab = (tab: Tab): string | null => (tab === 'week' ? null : tab);

export default function PlanView({ action, navigate }: ViewProps) {
  const views = content.views.plan;
  const today = useApiQuery('planner:today');
  const settings = useApiQuery('settings:get');
  const tab = tabOfAction(action);
  const setTab = (next: Tab) => navigate('plan', actionOfTab(next));
  const [started, setStarted] = useState(false);
  // The application just deleted from its panel: the panel goes at once, before the address catches up.
  const [deletedId, setDeletedId] = useState<number | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ week: null, applications: null, people: null, review: null });

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(tab);
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home'
        ? tabs[0]
        : event.key === 'End'
          ? tabs[tabs.length - 1]
          : move
            ? tabs[(index + move + tabs.length) % tabs.length]
            : null;
    if (!target) return;
    event.preventDefault();
    setTab(target);
    tabRefs.current[target]?.focus();
  };

  if (today.error) {
    return (
      <>
        <ViewHeader title={views.title} />
        <p role="alert">{today.error.message}</p>
      </>
    );
  }
  // The heading waits for the data (a few milliseconds), so the view appears whole: empty state or plan.
  if (!today.data || !settings.data)
    return (
      <p className="loading" role="status">
        {content.views.app.loading}
      </p>
    );
  const data = today.data;
  // Before anything is planned the week tab invites a start; the other tabs are there from the first visit.
  const weekEmpty = !data.hasPlan && !started;
  return (
    <>
      <ViewHeader title={views.title}>
        <p className="lead">{copy.plan.lead}</p>
      </ViewHeader>
      <div className="tabs" role="tablist" aria-label={copy.plan.tabsLabel} onKeyDown={onKeyDown}>
        {tabs.map((item) => (
          <button
            key={item}
            ref={(node) => {
              tabRefs.current[item] = node;
            }}
            type="button"
            role="tab"
            id={`plan-tab-${item}`}
            aria-selected={tab === item}
            aria-controls={`plan-panel-${item}`}
            tabIndex={tab === item ? 0 : -1}
            onClick={() => setTab(item)}
          >
            {tabLabel[item]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`plan-panel-${tab}`} aria-labelledby={`plan-tab-${tab}`} className="tab-panel">
        {tab === 'week' && weekEmpty ? (
          <EmptyState title={views.emptyTitle} body={views.emptyBody} actionLabel={views.action} onAction={() => setStarted(true)} />
        ) : null}
        {tab === 'week' && !weekEmpty ? <WeekPanel currentWeek={data.week.weekStart} today={data.today} /> : null}
        {action === 'add-application' ? (
          <QuickAddApplication
            today={data.today}
            onClose={() => setTab('applications')}
            onOpenExisting={(id) => navigate('plan', `application-${id}`)}
          />
        ) : null}
        {tab === 'applications' && openedOf(action) !== null && openedOf(action) !== deletedId ? (
          <OpenedApplication
            id={openedOf(action)!}
            today={data.today}
            onClose={() => setTab('applications')}
            onDeleted={() => {
              setDeletedId(openedOf(action));
              setTab('applications');
            }}
          />
        ) : null}
        {tab === 'applications' ? (
          <ApplicationsPanel
            today={data.today}
            silenceAfterDays={settings.data.silenceAfterDays}
            navigate={navigate}
            layout={action === boardAction ? 'board' : 'table'}
            onLayout={(layout) => navigate('plan', layout === 'board' ? boardAction : 'applications')}
          />
        ) : null}
        {tab === 'people' ? (
          <PeoplePanel
            openedId={personOf(action)}
            onOpen={(id) => navigate('plan', id === null ? 'people' : `person-${id}`)}
            navigate={navigate}
          />
        ) : null}
        {tab === 'review' ? <ReviewPanel currentWeek={data.week.weekStart} /> : null}
      </div>
    </>
  );
}
