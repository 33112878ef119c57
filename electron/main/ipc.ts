import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Caller, Dispatch } from '../core/ipc/dispatch';
import { channels, eventWireName, type EventName, type Events } from '../core/ipc/contract';

/** Who sent an invoke: the frame's URL and whether it is the top frame (never a subframe). */
export function callerOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): Caller {
  const frame = event.senderFrame;
  return { url: frame?.url, isMainFrame: Boolean(frame) && frame?.parent === null };
}

/** Registers one handler per contract channel, each going through the one dispatcher. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, payload, callerOf(event)));
  }
}

export function sendEvent<E extends EventName>(contents: WebContents | undefined, event: E, payload: Events[E]): void {
  if (contents && !contents.isDestroyed()) contents.send(eventWireName(event), payload);
}
