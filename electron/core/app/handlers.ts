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
  };
}
