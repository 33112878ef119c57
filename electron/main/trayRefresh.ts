import type { TrayState } from './trayMenu';

/**
 * Keeps the tray's week line true: main calls the returned function after
 * start and after every change to stored data. A failing summary never takes
 * the tray down; it just shows no line.
 */
export function trayRefresher(
  tray: { update(state: Partial<TrayState>): void },
  weekSummary: () => string | null,
  windowVisible: () => boolean,
  logError: (error: unknown) => void = () => undefined,
): () => void {
  return () => {
    let summary: string | null = null;
    try {
      summary = weekSummary();
    } catch (error) {
      logError(error);
    }
    tray.update({ weekSummary: summary, windowVisible: windowVisible() });
  };
}
