import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../core/ipc/api';
import { eventWireName } from '../core/ipc/contract';

/**
 * The page gets `window.rebound`: one named method per contract channel and
 * one subscribe function per event. It never sees ipcRenderer, the event
 * object, or a way to name an arbitrary channel.
 */
const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const wire = eventWireName(event);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(wire, forward);
    return () => {
      ipcRenderer.removeListener(wire, forward);
    };
  },
);

contextBridge.exposeInMainWorld('rebound', api);
