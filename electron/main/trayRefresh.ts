import type { TrayState } from './trayMenu';

/** The tray's lines read from core: each may fail alone without taking the other, or the tray, down. */
export interface TrayLines {
  weekSummary: () => string | null;
  /** "Next interview: Acme · Thu 10:00", or null when none lies ahead. */
  nextInterview?: () => string | null;
}

/**
 * Keeps the tray's lines true: main calls the returned function after start,
 * after every change to stored data and at every reminder wake. A failing
 * line never takes the tray down; it just shows no line.
 */
export function trayRefresher(
  tray: { update(state: Partial<TrayState>): void },
  lines: TrayLines,
  windowVisible: () => boolean,
  logError: (error: unknown) => void = () => undefined,
): () => void {
  const read = (line: (() => string | null) | undefined): string | null => {
    try {
      return line ? line() : null;
    } catch (error) {
      logError(error);
      return null;
    }
  };
  return () => {
    tray.update({ weekSummary: read(lines.weekSummary), nextInterview: read(lines.nextInterview), windowVisible: windowVisible() });
  };
}
