import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { content } from '../../content';
import { tempDir } from '../support/tempDir';
import type { companionElectronMock } from './companionElectronMock';

const electron = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof companionElectronMock> }));
vi.mock('electron', async () => {
  const { companionElectronMock: make } = await import('./companionElectronMock');
  electron.current = make();
  return electron.current;
});

const originalDataDir = process.env.REBOUND_DATA_DIR;
afterAll(() => {
  if (originalDataDir === undefined) delete process.env.REBOUND_DATA_DIR;
  else process.env.REBOUND_DATA_DIR = originalDataDir;
});

// Each test loads main afresh (module state, and a fresh electron double from the factory above).
beforeEach(() => vi.resetModules());

describe('main when the data cannot be opened (simulation: electron mocked)', () => {
  it('shows our own sentence for the cause in an error box and quits, instead of the raw error', async () => {
    // A data folder that cannot exist: its parent is a file (as when a drive letter or mount point now names something else).
    const blocker = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    process.env.REBOUND_DATA_DIR = path.join(blocker, 'Rebound');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(electron.current.dialog.showErrorBox).toHaveBeenCalled(), { timeout: 10_000 });
    expect(electron.current.dialog.showErrorBox).toHaveBeenCalledWith('Rebound', content.data.startFailed.missing);
    expect(electron.current.app.quit).toHaveBeenCalled();
    expect(electron.current.Tray).not.toHaveBeenCalled();
  });
  it('says a portable folder whose drive is not plugged in is missing, without making it on this computer instead', async () => {
    const stick = path.join(tempDir(), 'media', 'USB-STICK');
    process.env.REBOUND_DATA_DIR = path.join(stick, 'Rebound');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(electron.current.dialog.showErrorBox).toHaveBeenCalled(), { timeout: 10_000 });
    expect(electron.current.dialog.showErrorBox).toHaveBeenCalledWith('Rebound', content.data.startFailed.missing);
    expect(electron.current.app.quit).toHaveBeenCalled();
    expect(fs.existsSync(stick)).toBe(false);
  });
});
