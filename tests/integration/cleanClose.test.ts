import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeCleanly, closedCleanly, markOpen } from '../../electron/core/db/cleanClose';
import { dataPaths } from '../../electron/core/dataDir';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { startTestCore } from '../support/core';
import { tempDir } from '../support/tempDir';

describe('when the start-up quick_check can be skipped', () => {
  it('only after a clean close, and only while the file is exactly as it was left', async () => {
    const file = path.join(tempDir(), 'rebound.sqlite3');
    const { db } = await openDatabase({ file });
    expect(closedCleanly(file)).toBe(false);
    db.prepare("INSERT INTO app_meta (key, value) VALUES ('x', 'y')").run();
    closeCleanly(db, file);
    expect(closedCleanly(file)).toBe(true);
    expect(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0).toBe(false);

    // Anything touching the file while Rebound is closed brings the check back.
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    expect(closedCleanly(file)).toBe(false);
  });

  it('never after a crash: opening removes the marker until the next clean close', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir);
    first.close();
    expect(closedCleanly(dataPaths(dir).database)).toBe(true);
    const second = await startTestCore(dir);
    // A crash now would leave no marker behind.
    expect(closedCleanly(dataPaths(dir).database)).toBe(false);
    second.close();
    expect(closedCleanly(dataPaths(dir).database)).toBe(true);
  });

  it('still catches damage written over a cleanly closed file', async () => {
    const dir = tempDir();
    const first = await startTestCore(dir);
    first.close();
    const file = dataPaths(dir).database;
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 + 8, 4096 + 600);
    fs.writeFileSync(file, bytes);
    const recovered = await startTestCore(dir);
    expect(recovered.notices.map((n) => n.kind)).toContain('databaseFresh');
    recovered.close();
  });

  it('not while a WAL with something in it is left beside the file; an empty one does not count', async () => {
    const file = path.join(tempDir(), 'rebound.sqlite3');
    const { db } = await openDatabase({ file });
    closeCleanly(db, file);
    expect(closedCleanly(file)).toBe(true);
    fs.writeFileSync(`${file}-wal`, '');
    expect(closedCleanly(file)).toBe(true);
    fs.writeFileSync(`${file}-wal`, 'frames written after the close');
    expect(closedCleanly(file)).toBe(false);
  });

  it('markOpen is safe when there is no marker', () => {
    expect(() => markOpen(path.join(tempDir(), 'none.sqlite3'))).not.toThrow();
  });
});

describe('core.close with no import being written', () => {
  it('closes the store before it returns (a caller that does not await finds it closed), once; the promise resolves', async () => {
    const dir = tempDir();
    const core = await startTestCore(dir);
    expect(core.importWriting()).toBe(false);
    const closing = core.close();
    expect(core.db.open).toBe(false);
    expect(closedCleanly(dataPaths(dir).database)).toBe(true);
    // Asked again (will-quit after a session end), it answers the same promise and closes nothing twice.
    expect(core.close()).toBe(closing);
    await expect(closing).resolves.toBeUndefined();
    core.closeNow();
  });
});
