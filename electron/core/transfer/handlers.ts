import { dataPaths } from '../dataDir';
import type { Handlers } from '../ipc/dispatch';
import type { CoreContext } from '../startCore';
import { exportAll, exportCsv } from './exportData';
import { importAll } from './importData';

export function transferHandlers(ctx: CoreContext, dataDir: string): Pick<Handlers, 'data:exportJson' | 'data:exportCsv' | 'data:importJson'> {
  return {
    'data:exportJson': () => exportAll(ctx.db, ctx.now()),
    'data:exportCsv': ({ table }) => exportCsv(ctx.db, table, ctx.now()),
    'data:importJson': ({ content, mode }) => importAll(ctx.db, content, mode, { backupDir: dataPaths(dataDir).backups, now: ctx.now() }),
  };
}
