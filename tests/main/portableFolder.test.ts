import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
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

describe('a portable data folder whose drive is not plugged in (simulation: electron mocked)', () => {
  it('says the folder is missing and quits, without making the folder on this computer instead', async () => {
    const stick = path.join(tempDir(), 'media', 'USB-STICK');
    const dataDir = path.join(stick, 'Rebound');
    process.env.REBOUND_DATA_DIR = dataDir;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(electron.current.dialog.showErrorBox).toHaveBeenCalled(), { timeout: 10_000 });
    expect(electron.current.dialog.showErrorBox).toHaveBeenCalledWith('Rebound', content.data.startFailed.missing);
    expect(electron.current.app.quit).toHaveBeenCalled();
    expect(fs.existsSync(stick)).toBe(false);
  });
});
