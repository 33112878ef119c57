import { describe, expect, it } from 'vitest';
import { downloadOutcome, type DownloadState } from '../../electron/core/app/downloads';

describe('what the person is told when an export finishes downloading', () => {
  const cases: [DownloadState, string, string, ReturnType<typeof downloadOutcome>][] = [
    [
      'completed',
      'rebound-export.json',
      '/home/dana/Downloads/rebound-export.json',
      { kind: 'saved', message: 'Saved rebound-export.json in /home/dana/Downloads.' },
    ],
    [
      'completed',
      'applications.csv',
      'C:\\Users\\Dana\\Documents\\applications.csv',
      { kind: 'saved', message: 'Saved applications.csv in C:\\Users\\Dana\\Documents.' },
    ],
    ['completed', 'week.ics', 'D:\\week.ics', { kind: 'saved', message: 'Saved week.ics in D:\\.' }],
    ['completed', 'week.ics', '/week.ics', { kind: 'saved', message: 'Saved week.ics in /.' }],
    // A colon is an ordinary character in a Linux folder's name: only a drive letter alone ("C:") is a drive's root.
    ['completed', 'week.ics', '/home/dana/notes:/week.ics', { kind: 'saved', message: 'Saved week.ics in /home/dana/notes:.' }],
    // A bare name with no folder at all: said as it is, never cut short.
    ['completed', 'week.ics', 'week.ics', { kind: 'saved', message: 'Saved week.ics in week.ics.' }],
    // The person closed the save dialog: they know, so nothing is said.
    ['cancelled', 'week.ics', '', null],
    [
      'interrupted',
      'rebound-export.json',
      '/media/stick/rebound-export.json',
      {
        kind: 'failed',
        message:
          "Rebound couldn't finish saving rebound-export.json. If that disk is full, free up some space and try again; nothing inside Rebound was lost.",
      },
    ],
    // Completed without a path is not something to claim as saved.
    ['completed', 'week.ics', '', expect.objectContaining({ kind: 'failed' })],
  ];
  it.each(cases)('%s %s at %j', (state, fileName, savePath, expected) => {
    expect(downloadOutcome(state, fileName, savePath)).toEqual(expected);
  });
});
