import { useCallback, useRef, useState } from 'react';
import type { ApplicationSummary, DueFollowUp } from '../../../electron/core/applications/schema';
import { snoozeDays, type BulkResult } from '../../../electron/core/today/schema';
import { FormError } from '../components/SaveRow';
import { useApiMutation } from '../ipc/queries';
import { UndoToast, type ToastState } from '../wins/UndoToast';
import { copy, fill, shortDay } from './format';

const t = copy.today;
const a = copy.applications;

/**
 * One toast for Today's lists: says what a snooze or a bulk close did and
 * offers one Undo, which hands core the token it returned (core keeps what
 * to put back; the page sends nothing else).
 */
export function useUndoToast() {
  const [toast, setToast] = useState<ToastState | null>(null);
  const ids = useRef(0);
  const undo = useApiMutation('today:undo');
  const show = (message: string, token: number | null) => {
    ids.current += 1;
    const id = ids.current;
    setToast({
      id,
      message,
      ...(token === null
        ? {}
        : {
            onUndo: () =>
              undo.mutate(
                { token },
                {
                  onSuccess: (result) =>
                    setToast({
                      id: id + 0.5,
                      message: result.skipped ? fill(t.undonePartly, { count: String(result.skipped) }) : t.undone,
                    }),
                  onError: (error) => setToast({ id: id + 0.5, message: error.message }),
                },
              ),
          }),
    });
  };
  const close = useCallback(() => setToast(null), []);
  return { show, element: <UndoToast toast={toast} onClose={close} /> };
}

type Toast = (message: string, token: number | null) => void;

/** Follow-ups due: a count, the first few (each sent or snoozed in one click), and snoozing them all at once. */
export function DueFollowUps({ due, count, onToast }: { due: DueFollowUp[]; count: number; onToast: Toast }) {
  const send = useApiMutation('applications:sendFollowUp');
  const snooze = useApiMutation('today:snoozeFollowUps');
  const busy = send.isPending || snooze.isPending;
  const snoozed = (company: string | null) => (result: BulkResult) =>
    onToast(
      company === null
        ? fill(t.snoozedMany, { count: String(result.count), date: shortDay(result.dueOn ?? '') })
        : fill(t.snoozedOne, { company, date: shortDay(result.dueOn ?? '') }),
      result.undoToken,
    );
  return (
    <>
      <h3 id="today-due-heading">{t.dueHeading}</h3>
      {count > 1 ? (
        <div className="today-bulk">
          <p className="hint">{fill(t.dueSummary, { count: String(count) })}</p>
          <button
            type="button"
            className="button small"
            disabled={busy}
            onClick={() => snooze.mutate({ days: snoozeDays }, { onSuccess: snoozed(null) })}
          >
            {fill(t.snoozeAll, { count: String(count) })}
          </button>
        </div>
      ) : null}
      {due.length ? (
        <ul className="due-list" aria-labelledby="today-due-heading">
          {due.map((followUp) => (
            <li key={followUp.id}>
              <span className="due-what">
                <strong>{followUp.company}</strong>{' '}
                <span className="hint">
                  {followUp.role ? `${followUp.role} · ` : ''}
                  {fill(t.dueOn, { date: shortDay(followUp.dueOn) })}
                </span>
              </span>
              <span className="due-actions">
                <button
                  type="button"
                  className="button small"
                  aria-label={fill(t.sentFor, { company: followUp.company })}
                  disabled={busy}
                  onClick={() => send.mutate({ id: followUp.id })}
                >
                  {t.sent}
                </button>
                <button
                  type="button"
                  className="button small"
                  aria-label={fill(t.snoozeFor, { company: followUp.company })}
                  disabled={busy}
                  onClick={() => snooze.mutate({ ids: [followUp.id], days: snoozeDays }, { onSuccess: snoozed(followUp.company) })}
                >
                  {t.snooze}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t.noneDue}</p>
      )}
      <FormError message={send.error?.message ?? snooze.error?.message} />
    </>
  );
}

/** Applications gone quiet: a count, the first few with a short closure, and closing them all as no reply at once. */
export function QuietApplications({ quiet, count, onToast }: { quiet: ApplicationSummary[]; count: number; onToast: Toast }) {
  const close = useApiMutation('applications:setStatus');
  const keepWaiting = useApiMutation('applications:keepWaiting');
  const closeAll = useApiMutation('today:closeQuiet');
  if (!quiet.length) return null;
  return (
    <>
      <h3 id="today-quiet-heading">{t.quietHeading}</h3>
      {count > 1 ? (
        <div className="today-bulk">
          <p className="hint">{fill(t.quietSummary, { count: String(count) })}</p>
          <button
            type="button"
            className="button small"
            disabled={closeAll.isPending}
            onClick={() =>
              closeAll.mutate(undefined, {
                onSuccess: (result) => onToast(fill(t.closedMany, { count: String(result.count) }), result.undoToken),
              })
            }
          >
            {fill(t.closeAllQuiet, { count: String(count) })}
          </button>
        </div>
      ) : null}
      <ul className="due-list" aria-labelledby="today-quiet-heading">
        {quiet.map((application) => (
          <li key={application.id} className="closure">
            <p>
              <strong>{fill(a.silentTitle, { company: application.company })}</strong>
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button small"
                aria-label={`${a.closeNoReply}: ${application.company}`}
                onClick={() => close.mutate({ id: application.id, status: 'no_reply' })}
              >
                {a.closeNoReply}
              </button>
              <button
                type="button"
                className="button small"
                aria-label={`${a.keepWaiting}: ${application.company}`}
                onClick={() => keepWaiting.mutate({ id: application.id })}
              >
                {a.keepWaiting}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <FormError message={closeAll.error?.message ?? close.error?.message} />
    </>
  );
}
