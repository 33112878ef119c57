import type { Session, WebContents } from 'electron';
import { isSafeExternalUrl } from '../core/app/externalUrl';
import { appOrigin } from './appProtocol';
import { originOf } from '../core/ipc/dispatch';

export function isAppUrl(url: string): boolean {
  return originOf(url) === appOrigin;
}

/**
 * Applied to every web contents Rebound creates: no navigation away from the
 * app, no new windows (a checked http(s)/mailto link goes to the system
 * instead), no <webview>.
 */
export function hardenContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Rebound needs no camera, microphone, location or notifications permission from the page. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
