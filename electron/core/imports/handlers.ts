import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { applyImport } from './apply';
import type { importsChannels } from './channels';
import { actOnEmail } from './emailActions';
import { readEmailFor } from './emailMatch';
import { previewImport, type ProgressReport } from './preview';

/** `onProgress` carries a long import's progress to the shell, which pushes it to the page as `imports:progress`. */
export function importsHandlers(ctx: CoreContext, onProgress?: ProgressReport): HandlersFor<typeof importsChannels> {
  return {
    'imports:preview': (input) => previewImport(ctx, input, onProgress),
    'imports:apply': (input) => applyImport(ctx, input, onProgress),
    'imports:readEmail': ({ text }) => readEmailFor(ctx, text),
    'imports:actOnEmail': (input) => actOnEmail(ctx, input),
  };
}
