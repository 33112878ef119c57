import { duplicateIndex } from '../applications/duplicates';
import { allApplications } from '../applications/list';
import { insertApplication } from '../applications/records';
import type { CoreContext } from '../context';
import { DomainError } from '../ipc/result';
import { content, fillMessage } from '../../../content';
import { fieldsOfRow, previewImport } from './preview';
import type { ImportApplied, ImportFileInput } from './schema';

/**
 * Applies an import: the file is read and previewed again (so what is added
 * is exactly what a preview of it shows now), then every added row is
 * inserted in one transaction through the tracker's own insert, which keeps
 * its history row and the change counters right. A failure part way rolls
 * everything back; the same file a second time finds every row already
 * tracked and adds nothing.
 */
export async function applyImport(ctx: CoreContext, input: ImportFileInput): Promise<ImportApplied> {
  const preview = await previewImport(ctx, input);
  if (preview.dateFormat?.ambiguous && preview.dateFormat.chosen === null) {
    throw new DomainError('invalid_input', fillMessage(content.imports.errors.dateFormatNeeded, { value: preview.dateFormat.example }));
  }
  const added = ctx.db.transaction(() => {
    // Checked again inside the transaction: reading a spreadsheet awaits, and another change may have landed meanwhile.
    const stored = duplicateIndex<true>();
    for (const app of allApplications(ctx)) stored.add(app, true);
    const fresh = preview.added.filter((row) => stored.find(row) === undefined);
    for (const row of fresh) insertApplication(ctx, fieldsOfRow(row), row.status, row.day, row.appliedOn);
    return fresh.length;
  })();
  return { added, alreadyTracked: preview.alreadyTracked.length + preview.added.length - added, refused: preview.refused.length };
}
