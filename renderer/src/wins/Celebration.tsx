import { useEffect, useRef, useState } from 'react';
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

interface CelebrationProps {
  win: Win;
  onDismiss: () => void;
  /** Move focus to its button (after the person saved); false when it appears on its own. */
  takeFocus?: boolean;
}

/**
 * A short, quiet celebration: a few sparks rise from the win (only when the
 * person has not asked for reduced motion) and an encouraging line for its
 * kind. Render it with `key={win.id}`: each win gets its own line.
 */
export function Celebration({ win, onDismiss, takeFocus = true }: CelebrationProps) {
  const copy = content.wins.celebration;
  const [line] = useState(() => nextEncouragement(win));
  const dismiss = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) dismiss.current?.focus({ preventScroll: true });
  }, [takeFocus]);
  return (
    <section className="card celebration" aria-labelledby={`celebration-${win.id}`}>
      <div className="celebration-art" aria-hidden="true">
        <span className="spark s1" />
        <span className="spark s2" />
        <span className="spark s3" />
        <span className="spark s4" />
        <span className="spark s5" />
        <span className="trophy" />
      </div>
      <div className="celebration-text" role="status" aria-live="polite">
        <h2 id={`celebration-${win.id}`}>{win.sourceKey ? copy.recordedHeading : copy.heading}</h2>
        <p className="celebration-win">
          <span className="kind-chip">{kindLabel(win.kind)}</span> {win.title}
        </p>
        <p className="celebration-line">{line}</p>
      </div>
      <button ref={dismiss} type="button" className="button" onClick={onDismiss}>
        {copy.dismiss}
      </button>
    </section>
  );
}
