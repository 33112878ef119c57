import type { DownloadItem, Session } from 'electron';
import { downloadOutcome, type DownloadOutcome, type DownloadState } from '../core/app/downloads';
import type { MainLog } from './log';

/**
 * Tells the page how each download it started ended (exports are downloads of a blob the page made).
 * Electron's DownloadItem emits 'done' with completed, cancelled or interrupted; getSavePath() is then
 * the path chosen in the save dialog (docs: download-item, the same on Linux, macOS and Windows). No
 * save path is set here, so the system's own save dialog keeps asking where a file goes. The log gets
 * the state only: never the file's name or folder, which may say something personal.
 */
export function watchDownloads(session: Pick<Session, 'on'>, send: (outcome: DownloadOutcome) => void, log: Pick<MainLog, 'info'>): void {
  session.on('will-download', (_event, item: DownloadItem) => {
    item.once('done', (_done, state) => {
      if (state === 'interrupted') log.info('an export could not be saved (download interrupted)');
      const outcome = downloadOutcome(state as DownloadState, item.getFilename(), item.getSavePath());
      if (outcome) send(outcome);
    });
  });
}
