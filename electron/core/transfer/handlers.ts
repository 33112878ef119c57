import { dataPaths } from '../dataDir';
import type { HandlersFor } from '../ipc/channel';
import type { transferChannels } from './channels';
import type { CoreContext } from '../context';
import { exportAll, exportCsv } from './exportData';
import { importAll } from './importData';

export function transferHandlers(ctx: CoreContext, dataDir: string): HandlersFor<typeof transferChannels> {
  return {
    'data:exportJson': () => exportAll(ctx.db, ctx.now()),
    'data:exportCsv': ({ table }) => exportCsv(ctx.db, table, ctx.now()),
    'data:importJson': ({ content, mode }) => importAll(ctx.db, content, mode, { backupDir: dataPaths(dataDir).backups, now: ctx.now() }),
  };
}
