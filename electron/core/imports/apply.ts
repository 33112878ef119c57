import type { CoreContext } from '../context';
import { DomainError } from '../ipc/result';
import { content, fillMessage } from '../../../content';
import { fieldsOfRow, previewImport, recruiterOfRow, type ProgressReport } from './preview';
import type { ImportApplied, ImportFileInput } from './schema';
import { inProcessWriter, writeGate, type ImportWriter, type WriteGate } from './write';

/**
 * Applies an import: the file is read and previewed again (so what is added
 * is exactly what a preview of it shows now), then every added row is
 * written by `writer` in one transaction through the tracker's own insert,
 * which keeps its history row and the change counters right (in the app, in
 * the import worker, so main's thread goes on meanwhile). A failure part way
 * rolls everything back; the same file a second time finds every row already
 * tracked and adds nothing. While the write runs, `gate` is held: a second
 * confirm, and every other change, is refused until it is over.
 */
export async function applyImport(
  ctx: CoreContext,
  input: ImportFileInput,
  report: ProgressReport = () => {},
  writer: ImportWriter = inProcessWriter(ctx),
  gate: WriteGate = writeGate(),
): Promise<ImportApplied> {
  const preview = await previewImport(ctx, input, report);
  if (preview.dateFormat?.ambiguous && preview.dateFormat.chosen === null) {
    throw new DomainError('invalid_input', fillMessage(content.imports.errors.dateFormatNeeded, { value: preview.dateFormat.example }));
  }
  const write = {
    applications: preview.added.map((row) => ({
      fields: fieldsOfRow(row),
      recruiter: recruiterOfRow(row),
      status: row.status,
      day: row.day,
      appliedOn: row.appliedOn,
    })),
    contacts: preview.contacts,
    at: ctx.now().toISOString(),
  };
  const added = await gate.hold(() => writer(write, (rows, total) => report({ phase: 'writing', rows, total })));
  return {
    added: added.applications,
    alreadyTracked: preview.alreadyTracked.length + preview.added.length - added.applications,
    refused: preview.refused.length,
    contacts: added.contacts,
  };
}
