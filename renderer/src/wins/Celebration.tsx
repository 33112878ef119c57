import { useEffect, useRef } from 'react';
import { content } from '../../../content';
import type { Win } from '../../../electron/core/wins/schema';
import { kindLabel } from './labels';
import { pickEncouragement } from './pickEncouragement';

let lastLine: string | null = null;

/** The line for the next celebration; remembered here so no two in a row match, whichever view shows them. */
export function nextEncouragement(win: Pick<Win, 'kind'>): string {
  lastLine = pickEncouragement(content.encouragement, win.kind, lastLine);
  return lastLine;
}

export interface CelebrationState {
  win: Win;
  line: string;
}

/**
 * A short, quiet celebration: a few sparks rise from the win (only when the
 * person has not asked for reduced motion) and an encouraging line for its kind.
 */
export function Celebration({ celebration, onDismiss }: { celebration: CelebrationState; onDismiss: () => void }) {
  const copy = content.wins.celebration;
  const dismiss = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dismiss.current?.focus({ preventScroll: true });
  }, [celebration]);
  return (
    <section className="card celebration" aria-labelledby="celebration-heading">
      <div className="celebration-art" aria-hidden="true">
        <span className="spark s1" />
        <span className="spark s2" />
        <span className="spark s3" />
        <span className="spark s4" />
        <span className="spark s5" />
        <span className="trophy" />
      </div>
      <div className="celebration-text" role="status" aria-live="polite">
        <h2 id="celebration-heading">{copy.heading}</h2>
        <p className="celebration-win">
          <span className="kind-chip">{kindLabel(celebration.win.kind)}</span> {celebration.win.title}
        </p>
        <p className="celebration-line">{celebration.line}</p>
      </div>
      <button ref={dismiss} type="button" className="button" onClick={onDismiss}>
        {copy.dismiss}
      </button>
    </section>
  );
}
