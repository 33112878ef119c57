import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { View } from '../../../electron/core/app/contract';
import { manualActivityKinds, type ActivityKind, type TodayPlan as TodayData } from '../../../electron/core/planner/schema';

const isManualKind = (kind: ActivityKind): kind is (typeof manualActivityKinds)[number] =>
  (manualActivityKinds as readonly string[]).includes(kind);
import { call, type ClientError } from '../ipc/client';
import { useApiMutation } from '../ipc/queries';
import { ProgressBars } from './ProgressBars';
import { DueFollowUps, QuietApplications, useUndoToast } from './TodayLists';
import { copy, fill } from './format';
import './plan.css';
import { FormError } from '../components/SaveRow';
import { formatNumber } from '../components/format';

/** Every follow-up due and every quiet application, read only once someone asks to see them all. */
function useEverything(wanted: boolean) {
  return useQuery<TodayData, ClientError>({
    queryKey: ['planner:today', { all: true }],
    queryFn: () => call('planner:today', { all: true }),
    enabled: wanted,
  });
}

/** How many of a long list "Show all" puts on the page at once: ten years of them never make one wall of buttons. */
export const todayPageSize = 20;

/** The page of `items` to show, the page number kept inside the list as it shrinks (one sent, one closed). */
function pageOf<T>(items: T[], page: number): Paged<T> {
  const pages = Math.max(1, Math.ceil(items.length / todayPageSize));
  const at = Math.min(page, pages - 1);
  return { shown: items.slice(at * todayPageSize, (at + 1) * todayPageSize), page: at, pages, total: items.length };
}

interface Paged<T> {
  shown: T[];
  page: number;
  pages: number;
  total: number;
}

/** Earlier and later pages of an opened list, with where the reader is; a group named by the list's heading. */
function Pager({
  labelledBy,
  paged: { page, pages, total },
  onPage,
}: {
  labelledBy: string;
  paged: Paged<unknown>;
  onPage: (page: number) => void;
}) {
  if (pages <= 1) return null;
  const first = page * todayPageSize + 1;
  const last = Math.min(total, first + todayPageSize - 1);
  return (
    <div className="today-pager" role="group" aria-labelledby={labelledBy}>
      <button type="button" className="button small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {fill(copy.today.previousPage, { count: formatNumber(todayPageSize) })}
      </button>
      <p className="hint" role="status">
        {fill(copy.today.pageShowing, { first: formatNumber(first), last: formatNumber(last), total: formatNumber(total) })}
      </p>
      <button type="button" className="button small" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {fill(copy.today.nextPage, { count: formatNumber(todayPageSize) })}
      </button>
    </div>
  );
}

function ShowAll({
  label,
  shown,
  count,
  expanded,
  onToggle,
}: {
  label: string;
  shown: number;
  count: number;
  expanded: boolean;
  onToggle: () => void;
}) {
  if (count <= shown && !expanded) return null;
  return (
    <button type="button" className="button small" aria-expanded={expanded} onClick={onToggle}>
      {expanded ? copy.today.showFewer : fill(label, { count: String(count) })}
    </button>
  );
}

/**
 * One of today's steps. A step done by hand (search, network, learn,
 * volunteer) is logged for today in one click and then shows as done;
 * applying and following up are counted where they happen, so those open
 * the applications.
 */
function StepChip({ kind, navigate }: { kind: ActivityKind; navigate: (view: View, action?: string | null) => void }) {
  const log = useApiMutation('planner:logActivity');
  const label = copy.kinds[kind];
  if (!isManualKind(kind)) {
    return (
      <button
        type="button"
        className={`chip step-chip kind-${kind}`}
        aria-label={fill(copy.today.stepElsewhere, { kind: label })}
        onClick={() => navigate('plan', 'applications')}
      >
        {label}
      </button>
    );
  }
  const logged = log.isSuccess;
  return (
    <>
      <button
        type="button"
        className={`chip step-chip kind-${kind}`}
        aria-pressed={logged}
        aria-label={fill(logged ? copy.today.stepLogged : copy.today.logStep, { kind: label })}
        disabled={logged || log.isPending}
        onClick={() => log.mutate({ kind })}
      >
        {logged ? `✓ ${label}` : label}
      </button>
      {log.error ? <FormError message={log.error.message} /> : null}
    </>
  );
}

/**
 * Today's part of the routine: the day's steps, follow-ups due (one click to
 * mark sent), quiet applications, and the week's progress. The lists show
 * their first few; "Show all" opens the rest a page at a time.
 */
export function TodayPlan({ data, navigate }: { data: TodayData; navigate: (view: View, action?: string | null) => void }) {
  const [allDue, setAllDue] = useState(false);
  const [allQuiet, setAllQuiet] = useState(false);
  const [duePage, setDuePage] = useState(0);
  const [quietPage, setQuietPage] = useState(0);
  const everything = useEverything(allDue || allQuiet).data;
  // Opened, a list shows a page at a time; closed, the first few core sent with the day.
  const duePaged = allDue && everything ? pageOf(everything.dueFollowUps, duePage) : null;
  const quietPaged = allQuiet && everything ? pageOf(everything.silent, quietPage) : null;
  const due = duePaged?.shown ?? data.dueFollowUps;
  const quiet = quietPaged?.shown ?? data.silent;
  const toast = useUndoToast();
  const t = copy.today;
  return (
    <section className="card today-plan" aria-labelledby="today-plan-heading">
      <h2 id="today-plan-heading">{t.heading}</h2>
      <div className="today-grid">
        <section aria-labelledby="today-steps-heading">
          <h3 id="today-steps-heading">{t.stepsHeading}</h3>
          {data.steps.length ? (
            <>
              <p className="hint" id="today-steps-hint">
                {t.stepsHint}
              </p>
              <ul className="step-chips" aria-describedby="today-steps-hint">
                {data.steps.map((kind) => (
                  <li key={kind}>
                    <StepChip kind={kind} navigate={navigate} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="hint">{t.noSteps}</p>
          )}
          <DueFollowUps due={due} count={data.dueCount} onToast={toast.show} />
          {duePaged ? <Pager labelledBy="today-due-heading" paged={duePaged} onPage={setDuePage} /> : null}
          <ShowAll
            label={t.showAllDue}
            shown={due.length}
            count={data.dueCount}
            expanded={allDue}
            onToggle={() => {
              setAllDue(!allDue);
              setDuePage(0);
            }}
          />
          <QuietApplications quiet={quiet} count={data.silentCount} onToast={toast.show} />
          {quietPaged && quiet.length ? <Pager labelledBy="today-quiet-heading" paged={quietPaged} onPage={setQuietPage} /> : null}
          {quiet.length ? (
            <ShowAll
              label={t.showAllQuiet}
              shown={quiet.length}
              count={data.silentCount}
              expanded={allQuiet}
              onToggle={() => {
                setAllQuiet(!allQuiet);
                setQuietPage(0);
              }}
            />
          ) : null}
        </section>
        <section aria-labelledby="today-week-heading">
          <h3 id="today-week-heading">{t.weekHeading}</h3>
          <ProgressBars targets={data.week.targets} progress={data.week.progress} idPrefix="today-progress" />
          {data.week.met ? <p className="met">{copy.plan.metMessage}</p> : null}
          <button type="button" className="button" onClick={() => navigate('plan')}>
            {t.openPlan}
          </button>
        </section>
      </div>
      {toast.element}
    </section>
  );
}
