import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainLog, errorLine, logFilePath, refusalLine, safeChannelName } from '../../electron/main/log';
import { tempDir } from '../support/tempDir';

describe('main log file', () => {
  it('lives in the data folder, under logs/', () => {
    expect(logFilePath('/data/Rebound')).toBe(path.join('/data/Rebound', 'logs', 'main.log'));
  });

  it('writes refusals and errors to the file, and rotates it when it grows past the limit', async () => {
    const dir = tempDir();
    const log = createMainLog(dir, { maxBytes: 2_000, console: false });
    log.refused('wins:log', 'invalid_input');
    log.error(
      'wins:log',
      Object.assign(new Error('UNIQUE constraint failed: wins.note = "my private words"'), { code: 'SQLITE_CONSTRAINT' }),
    );
    const first = fs.readFileSync(log.file, 'utf8');
    expect(first).toContain('refused wins:log: invalid_input');
    expect(first).toContain('wins:log: Error SQLITE_CONSTRAINT');
    expect(first).not.toContain('my private words');
    for (let index = 0; index < 60; index += 1) log.info(`line ${index} ${'x'.repeat(40)}`);
    const files = fs.readdirSync(path.dirname(log.file)).sort();
    expect(files).toEqual(['main.log', 'main.old.log']);
    expect(fs.statSync(log.file).size).toBeLessThanOrEqual(2_000 + 200);
  });
});

describe('what a log line may hold', () => {
  it.each([
    ['wins:log', 'wins:log'],
    ['event:nav:open', 'event:nav:open'],
    ['x'.repeat(100), `${'x'.repeat(64)}…`],
    ['wins:log\nI feel awful today', 'wins:log?I?feel?awful?today'],
    ['<script>', '?script?'],
  ])('channel %j is written as %j', (channel, written) => {
    expect(safeChannelName(channel)).toBe(written);
  });

  it('names a channel that is not a string by its type', () => {
    expect(refusalLine(42, 'unknown_channel')).toBe('refused (number): unknown_channel');
    expect(refusalLine({ toString: () => 'secret' }, 'unknown_channel')).toBe('refused (object): unknown_channel');
  });

  it('keeps an error to its name, code and stack frames, never its message', () => {
    const error = new TypeError('Cannot read "Dear Sam, I was so sad"');
    const line = errorLine('reflection:saveStep', error);
    expect(line.split('\n')[0]).toBe('reflection:saveStep: TypeError');
    expect(line).not.toContain('Dear Sam');
    expect(line).toMatch(/\n\s+at /);
    expect(errorLine('main', 'a plain string with words')).toBe('main: a string was thrown');
  });
});
