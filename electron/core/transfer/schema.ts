import { z } from 'zod';
import { content, fillMessage } from '../../../content';
import { transferTableNames } from './tables';

const words = content.data.errors;
/** Largest import file, in MB: far beyond any real export. */
const maxImportMegabytes = 50;

/** A file the renderer offers as a download. */
export interface ExportedFile {
  fileName: string;
  content: string;
}

export const exportCsvInput = z.object({ table: z.enum(transferTableNames, words.tableList) }).strict();

export const importInput = z
  .object({
    content: z
      .string()
      .min(1, words.fileEmpty)
      .max(maxImportMegabytes * 1024 * 1024, fillMessage(words.fileTooLarge, { max: maxImportMegabytes })),
    mode: z.enum(['merge', 'replace'], words.modeList),
  })
  .strict();
