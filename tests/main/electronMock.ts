import { vi } from 'vitest';

/** A stand-in for the `electron` module: records what main asks of it. */
export function electronMock() {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    ipcMain: { handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn)) },
    handlers,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    nativeImage: { createFromPath: vi.fn(() => ({ setTemplateImage: vi.fn() })) },
    Tray: vi.fn(function (this: Record<string, unknown>) {
      this.setToolTip = vi.fn();
      this.setContextMenu = vi.fn();
      this.setImage = vi.fn();
      this.on = vi.fn();
      this.destroy = vi.fn();
    }),
    app: { getPath: vi.fn(() => '/nonexistent'), getVersion: vi.fn(() => '0.0.0') },
  };
}
