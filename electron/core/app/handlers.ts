import type { HandlersFor } from '../ipc/channel';
import type { appChannels } from './channels';
import { DomainError } from '../ipc/result';
import type { Notice } from './contract';
import { isSafeExternalUrl } from './externalUrl';
import { content } from '../../../content';

export interface AppDeps {
  version: string;
  dataDir: string;
  notices: Notice[];
  /** Hands a checked link to the system (shell.openExternal in Electron). */
  openExternal: (url: string) => Promise<void> | void;
  /** The page has subscribed to main's events: a view asked for during loading can be shown now. */
  pageReady?: () => void;
  /** Opens the log folder in the system's file manager; resolves to whether it opened. */
  openLogFolder?: () => Promise<boolean> | boolean;
  /** Where the log is written (shown when it cannot be opened). */
  logFolder?: string;
}

export function appHandlers(deps: AppDeps): HandlersFor<typeof appChannels> {
  const notices = [...deps.notices];
  return {
    'app:info': () => ({ version: deps.version, dataDir: deps.dataDir, notices: [...notices] }),
    'app:dismissNotice': ({ id }) => {
      const index = notices.findIndex((notice) => notice.id === id);
      if (index >= 0) notices.splice(index, 1);
      return { dismissed: index >= 0 };
    },
    'app:openExternal': async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new DomainError('invalid_input', content.views.errors.linkRefused, { url: content.views.errors.linkKinds });
      }
      // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK — the URL passed isSafeExternalUrl just above (http(s) or mailto only).
      await deps.openExternal(url);
      return { opened: true };
    },
    'app:ready': () => {
      deps.pageReady?.();
      return { ready: true };
    },
    'app:openLogFolder': async () => ({
      opened: deps.openLogFolder ? await deps.openLogFolder() : false,
      path: deps.logFolder ?? '',
    }),
  };
}
