import { content, fillMessage } from '../../../content';
import type { DownloadOutcome } from './contract';

export type { DownloadOutcome };

/** How a download ended, as Electron's DownloadItem 'done' event names it. */
export type DownloadState = 'completed' | 'cancelled' | 'interrupted';

/** The folder of a saved file, for either platform's separators (a Windows path is read the same on any machine). */
function folderOf(savePath: string): string {
  const cut = Math.max(savePath.lastIndexOf('/'), savePath.lastIndexOf('\\'));
  if (cut < 0) return savePath;
  // A file at a drive's or the disk's root keeps its separator: "C:\", "/".
  return cut === 0 || /^[A-Za-z]:$/.test(savePath.slice(0, cut)) ? savePath.slice(0, cut + 1) : savePath.slice(0, cut);
}

/**
 * What to tell the person when an export's download ends. Saved: the file and the folder it is in (the save
 * dialog may have sent it anywhere). Cancelled: nothing, since they chose it. Interrupted: it could not be
 * written (a full disk, a folder that went away); the export lives only in that file, so nothing in the
 * store is touched, and the same button works again once there is room.
 */
export function downloadOutcome(state: DownloadState, fileName: string, savePath: string): DownloadOutcome | null {
  const words = content.desktop.downloads;
  if (state === 'cancelled') return null;
  if (state === 'completed' && savePath !== '') {
    return { kind: 'saved', message: fillMessage(words.saved, { fileName, folder: folderOf(savePath) }) };
  }
  return { kind: 'failed', message: fillMessage(words.failed, { fileName }) };
}
