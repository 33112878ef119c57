import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/channel';
import { applyImport } from './apply';
import type { importsChannels } from './channels';
import { actOnEmail } from './emailActions';
import { readEmailFor } from './emailMatch';
import { previewImport, type ProgressReport } from './preview';
import { inProcessWriter, writeGate, type ImportWriter, type WriteGate } from './write';

/** `onProgress` carries a long import's progress to the shell, which pushes it to the page as `imports:progress`. */
export function importsHandlers(
  ctx: CoreContext,
  onProgress?: ProgressReport,
  writer: ImportWriter = inProcessWriter(ctx),
  gate: WriteGate = writeGate(),
): HandlersFor<typeof importsChannels> {
  return {
    'imports:preview': (input) => previewImport(ctx, input, onProgress),
    'imports:apply': (input) => applyImport(ctx, input, onProgress, writer, gate),
    'imports:readEmail': ({ text }) => readEmailFor(ctx, text),
    'imports:actOnEmail': (input) => actOnEmail(ctx, input),
  };
}
