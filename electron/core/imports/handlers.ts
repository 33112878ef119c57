import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { applyImport } from './apply';
import type { importsChannels } from './channels';
import { actOnEmail } from './emailActions';
import { readEmailFor } from './emailMatch';
import { previewImport } from './preview';

export function importsHandlers(ctx: CoreContext): HandlersFor<typeof importsChannels> {
  return {
    'imports:preview': (input) => previewImport(ctx, input),
    'imports:apply': (input) => applyImport(ctx, input),
    'imports:readEmail': ({ text }) => readEmailFor(ctx, text),
    'imports:actOnEmail': (input) => actOnEmail(ctx, input),
  };
}
