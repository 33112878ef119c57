import { useState } from 'react';
import type { Win } from '../../../electron/core/wins/schema';
import { useApiQuery } from '../ipc/queries';
import { Celebration } from './Celebration';

/**
 * Celebrates a win recorded for the person (a task ticked off, a week's
 * targets met) while this is on screen. It watches the newest win: one newer
 * than what was there when it appeared, and recorded automatically, gets its
 * moment. It never takes focus: the person is busy with something else.
 */
export function AutoWinCelebration() {
  const summary = useApiQuery('wins:summary');
  const [seenId, setSeenId] = useState<number | null>(null);
  const [win, setWin] = useState<Win | null>(null);
  const latest = summary.data?.latest ?? null;
  // Adjusting state to new data during render (not in an effect), as React recommends.
  if (summary.data && seenId === null) setSeenId(latest?.id ?? 0);
  else if (seenId !== null && latest && latest.id > seenId) {
    setSeenId(latest.id);
    if (latest.sourceKey) setWin(latest);
  }
  return win ? <Celebration key={win.id} win={win} takeFocus={false} onDismiss={() => setWin(null)} /> : null;
}
