import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { DownloadOutcome } from '../../electron/core/app/contract';
import { watchDownloads } from '../../electron/main/downloads';

/** A session and its DownloadItems as plain emitters: a simulation of Electron's, not Electron. */
function simulate() {
  const session = new EventEmitter();
  const sent: DownloadOutcome[] = [];
  const logged: string[] = [];
  watchDownloads(session as never, (outcome) => sent.push(outcome), { info: (line) => logged.push(line) });
  const download = (fileName: string, savePath: string) => {
    const item = Object.assign(new EventEmitter(), { getFilename: () => fileName, getSavePath: () => savePath });
    session.emit('will-download', {}, item);
    return item;
  };
  return { sent, logged, download };
}

describe('an export download ending (simulation of Electron session and DownloadItem)', () => {
  it('tells the page where a saved file went, once, when the download is done', () => {
    const { sent, download } = simulate();
    const item = download('rebound-export.json', '/home/dana/Documents/rebound-export.json');
    expect(sent).toEqual([]);
    item.emit('done', {}, 'completed');
    item.emit('done', {}, 'completed');
    expect(sent).toEqual([{ kind: 'saved', message: 'Saved rebound-export.json in /home/dana/Documents.' }]);
  });

  it('says a full disk in words, and logs the state but not the file or its folder', () => {
    const { sent, logged, download } = simulate();
    download('diary.csv', '/media/stick/diary.csv').emit('done', {}, 'interrupted');
    expect(sent).toEqual([{ kind: 'failed', message: expect.stringContaining("couldn't finish saving diary.csv") }]);
    expect(logged).toHaveLength(1);
    expect(logged.join()).not.toMatch(/diary|stick/);
  });

  it('says nothing when the person cancelled the save dialog', () => {
    const { sent, download } = simulate();
    download('week.ics', '').emit('done', {}, 'cancelled');
    expect(sent).toEqual([]);
  });
});
