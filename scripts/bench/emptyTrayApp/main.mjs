// The empty Electron app the bench sets beside Rebound (scripts/bench/electronBench.ts): a tray icon and
// one hidden window with a blank page, nothing else. It answers the bench the way Rebound's main does
// under REBOUND_E2E (globalThis.__reboundTest: when the tray was ready, and a click on it), so launch to
// tray, tray click to window shown and the working set at idle are measured the same way on both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Tray } from 'electron';

const here = path.dirname(fileURLToPath(import.meta.url));

let tray = null;
let window = null;

app.whenReady().then(() => {
  window = new BrowserWindow({ show: false, width: 400, height: 300, webPreferences: { sandbox: true, contextIsolation: true } });
  void window.loadURL('data:text/html,<!doctype html><title>empty</title>');
  tray = new Tray(path.join(here, '../../../resources/tray.png'));
  const clickTray = () => {
    if (window.isVisible()) window.hide();
    else window.show();
  };
  tray.on('click', clickTray);
  globalThis.__reboundTest = { trayReadyAt: Date.now(), clickTray };
});

// A tray app stays when its window closes.
app.on('window-all-closed', () => undefined);
