import { useCallback, useState } from 'react';
import { content, fillTemplate } from '../../../content';
import { dayOf } from '../../../electron/core/time/days';
import type { Win } from '../../../electron/core/wins/schema';
import type { ViewProps } from '../components/navigation';
import { EmptyState } from '../components/EmptyState';
import { ViewHeader } from '../components/ViewHeader';
import { ViewLoading } from '../components/ViewLoading';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { BragSheet } from './BragSheet';
import { Celebration } from './Celebration';
import { Timeline } from './Timeline';
import { UndoToast, type ToastState } from './UndoToast';
import { usePrefetchWinsTimeline } from './useWinsTimeline';
import { WinForm, type WinFormMode } from './WinForm';
import { WinsChart } from './WinsChart';
import { WinsSummary } from './WinsSummary';
import './wins.css';

type FormState = { mode: 'log' } | { mode: 'edit'; win: Win };

export default function WinsView({ action, navigate }: ViewProps) {
  const copy = content.views.wins;
  const words = content.wins;
  const summary = useApiQuery('wins:summary');
  usePrefetchWinsTimeline();
  const remove = useApiMutation('wins:delete');
  const restore = useApiMutation('wins:restore');
  const [form, setForm] = useState<FormState | null>(null);
  const [celebration, setCelebration] = useState<Win | null>(null);
  const [toast, setToast] = useState<ToastState | null>(null);
  // The tray's "Log a win…" arrives as #/wins?quick-log and wins over anything open.
  const quick = action === 'quick-log';
  const formMode: WinFormMode | null = quick ? 'quick' : (form?.mode ?? null);
  const editing = !quick && form?.mode === 'edit' ? form.win : undefined;
  const today = summary.data?.today ?? dayOf(new Date());
  const total = summary.data?.total ?? 0;

  const closeForm = useCallback(() => {
    setForm(null);
    if (quick) navigate('wins');
  }, [quick, navigate]);

  const onSaved = (win: Win, mode: WinFormMode) => {
    closeForm();
    if (mode === 'edit') setToast({ id: Date.now(), message: words.view.saved });
    else setCelebration(win);
  };

  const onRemove = (win: Win) => {
    remove.mutate(
      { id: win.id },
      {
        onSuccess: () =>
          setToast({
            id: Date.now(),
            message: fillTemplate(words.toast.removed, { title: win.title }),
            onUndo: () => restore.mutate({ id: win.id }, { onSuccess: () => setToast({ id: Date.now(), message: words.toast.restored }) }),
          }),
        onError: (error) => setToast({ id: Date.now(), message: error.message }),
      },
    );
  };

  const closeToast = useCallback(() => setToast(null), []);

  return (
    <>
      <ViewHeader title={copy.title}>
        <div className="wins-header">
          {total > 0 ? <p className="lead">{words.view.intro}</p> : null}
          {!formMode && total > 0 ? (
            <button type="button" className="button primary" onClick={() => setForm({ mode: 'log' })}>
              {words.view.logButton}
            </button>
          ) : null}
        </div>
      </ViewHeader>
      {/* The heading shows at once; everything under it waits for the numbers, so it appears together. */}
      {!summary.data ? (
        summary.error ? (
          <p role="alert">{summary.error.message}</p>
        ) : (
          <ViewLoading label={words.view.loading} />
        )
      ) : (
        <>
          {total > 0 ? <WinsSummary summary={summary.data} /> : null}
          {formMode ? (
            <WinForm
              key={`${formMode}-${editing?.id ?? ''}`}
              mode={formMode}
              win={editing}
              today={today}
              onSaved={onSaved}
              onClose={closeForm}
            />
          ) : null}
          {celebration ? (
            <Celebration
              key={celebration.id}
              win={celebration}
              onDismiss={() => {
                setCelebration(null);
                // Its button is gone: keep keyboard focus at the top of the view rather than lost.
                document.getElementById('view-title')?.focus();
              }}
            />
          ) : null}
          {total === 0 && !formMode && !celebration ? (
            <EmptyState title={copy.emptyTitle} body={copy.emptyBody} actionLabel={copy.action} onAction={() => setForm({ mode: 'log' })} />
          ) : null}
          {total > 0 ? (
            <>
              <Timeline onEdit={(win) => setForm({ mode: 'edit', win })} onRemove={onRemove} />
              <WinsChart />
              <BragSheet today={today} />
            </>
          ) : null}
        </>
      )}
      <UndoToast toast={toast} onClose={closeToast} />
    </>
  );
}
