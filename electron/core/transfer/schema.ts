import { z } from 'zod';
import { transferTableNames } from './tables';

/** A file the renderer offers as a download. */
export interface ExportedFile {
  fileName: string;
  content: string;
}

export const exportCsvInput = z.object({ table: z.enum(transferTableNames, 'Choose one of the listed tables.') }).strict();

export const importInput = z
  .object({
    content: z.string().min(1, 'That file is empty.').max(50 * 1024 * 1024, 'That file is over 50 MB, far more than a Rebound export.'),
    mode: z.enum(['merge', 'replace'], 'Choose whether to add to your data or replace it.'),
  })
  .strict();
