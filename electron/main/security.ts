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

/**
 * The one permission the page gets: writing plain text to the clipboard
 * ("Copy note" calls navigator.clipboard.writeText), and only from Rebound's
 * own origin. Camera, microphone, location, notifications from the page and
 * everything else stay refused. Plain Chromium grants this one by itself, so
 * the browser e2e suite cannot see a refusal here: the table test and the
 * simulation do.
 */
export function permissionAllowed(permission: string, requestingOrigin: string | null | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && originOf(requestingOrigin ?? undefined) === appOrigin;
}

/** Electron consults the check handler first and the request handler when a check says no; both answer alike. */
export function limitPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl ?? contents?.getURL())),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
}
