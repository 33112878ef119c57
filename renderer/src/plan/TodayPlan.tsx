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

/** Every follow-up due and every quiet application, read only once someone asks to see them all. */
function useEverything(wanted: boolean) {
  return useQuery<TodayData, ClientError>({
    queryKey: ['planner:today', { all: true }],
    queryFn: () => call('planner:today', { all: true }),
    enabled: wanted,
  });
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
 * their first few; the rest are one click away.
 */
export function TodayPlan({ data, navigate }: { data: TodayData; navigate: (view: View, action?: string | null) => void }) {
  const [allDue, setAllDue] = useState(false);
  const [allQuiet, setAllQuiet] = useState(false);
  const everything = useEverything(allDue || allQuiet).data;
  const due = allDue && everything ? everything.dueFollowUps : data.dueFollowUps;
  const quiet = allQuiet && everything ? everything.silent : data.silent;
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
          <ShowAll label={t.showAllDue} shown={due.length} count={data.dueCount} expanded={allDue} onToggle={() => setAllDue(!allDue)} />
          <QuietApplications quiet={quiet} count={data.silentCount} onToast={toast.show} />
          {quiet.length ? (
            <ShowAll
              label={t.showAllQuiet}
              shown={quiet.length}
              count={data.silentCount}
              expanded={allQuiet}
              onToggle={() => setAllQuiet(!allQuiet)}
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
