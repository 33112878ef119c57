import { useEffect, useRef, useState } from 'react';
import { content } from '../../../content';

export interface ToastState {
  /** Changes for each new toast, so a second removal restarts the timer. */
  id: number;
  message: string;
  /** Present while the removal can still be undone. */
  onUndo?: () => void;
}

const visibleMs = 10_000;

/**
 * The snackbar after a removal: says what happened, offers Undo (reachable by
 * keyboard: focus moves to it), and leaves on its own unless focus is inside.
 * The live region stays mounted so screen readers hear each message.
 */
export function UndoToast({ toast, onClose }: { toast: ToastState | null; onClose: () => void }) {
  const copy = content.wins.toast;
  const undo = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState(false);

  useEffect(() => {
    if (toast?.onUndo) undo.current?.focus();
    // After Undo its button is gone; keep keyboard focus in the toast rather than lost on the page.
    else if (toast && (document.activeElement === document.body || !document.activeElement)) close.current?.focus();
  }, [toast]);

  useEffect(() => {
    if (!toast || hovered) return undefined;
    const timer = window.setTimeout(() => {
      if (!region.current?.contains(document.activeElement)) onClose();
    }, visibleMs);
    return () => window.clearTimeout(timer);
  }, [toast, hovered, onClose]);

  return (
    <div
      ref={region}
      className={`toast${toast ? ' open' : ''}`}
      role="status"
      aria-live="polite"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      {toast ? (
        <>
          <p>{toast.message}</p>
          {toast.onUndo ? (
            <button ref={undo} type="button" className="button toast-undo" onClick={toast.onUndo}>
              {copy.undo}
            </button>
          ) : null}
          <button ref={close} type="button" className="toast-close" aria-label={copy.dismiss} onClick={onClose}>
            ×
          </button>
        </>
      ) : null}
    </div>
  );
}
