import { useId, useRef, useState } from 'react';
import { content, fillTemplate } from '../../../content';
import type { BackupSummary } from '../../../electron/core/backup/schema';
import { call } from '../ipc/client';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { formatDateTime } from '../../../content/format';

const copy = content.data;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const when = (iso: string) => formatDateTime(iso);

/** Where the data lives, the backups kept, "Back up now" and "Restore" (with a confirmation). */
export function DataSection() {
  const info = useApiQuery('app:info');
  const backups = useApiQuery('data:listBackups');
  const backupNow = useApiMutation('data:backupNow');
  const restore = useApiMutation('data:restoreBackup');
  const [status, setStatus] = useState('');
  const [chosen, setChosen] = useState<BackupSummary | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  const askRestore = (backup: BackupSummary) => {
    setChosen(backup);
    dialog.current?.showModal();
  };
  const confirmRestore = () => {
    if (!chosen) return;
    restore.mutate(
      { name: chosen.name },
      {
        onSuccess: () => setStatus(copy.restoring),
        onError: (error) => setStatus(error.message),
        onSettled: () => dialog.current?.close(),
      },
    );
  };

  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{copy.title}</h2>
      <p>{copy.intro}</p>
      <p>
        <code className="path">{info.data?.dataDir ?? '…'}</code>
      </p>

      <h3>{copy.logTitle}</h3>
      <p className="hint">{copy.logIntro}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void call('app:openLogFolder').then(
              (result) => setStatus(result.opened ? '' : fillTemplate(copy.logFolderFailed, { path: result.path })),
              (error: Error) => setStatus(error.message),
            );
          }}
        >
          {copy.openLogFolder}
        </button>
      </div>

      <h3>{copy.backupsTitle}</h3>
      <p className="hint">{copy.backupsIntro}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={backupNow.isPending}
          onClick={() =>
            backupNow.mutate(undefined, {
              onSuccess: (result) =>
                setStatus(result.saved ? fillTemplate(copy.backupSaved, { name: result.name ?? '' }) : copy.backupCancelled),
              onError: (error) => setStatus(error.message),
            })
          }
        >
          {copy.backupNow}
        </button>
        <span className="hint">{copy.backupNowHint}</span>
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {status}
      </p>

      {backups.data && backups.data.length > 0 ? (
        <table className="backups">
          <caption className="visually-hidden">{copy.backupsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{copy.table.taken}</th>
              <th scope="col">{copy.table.kind}</th>
              <th scope="col">{copy.table.size}</th>
              <th scope="col">
                <span className="visually-hidden">{copy.table.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((backup) => (
              <tr key={backup.name}>
                <td>{when(backup.takenAt)}</td>
                <td>{copy.kinds[backup.kind]}</td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`${copy.restore}: ${when(backup.takenAt)}`}
                    onClick={() => askRestore(backup)}
                  >
                    {copy.restore}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">{copy.noBackups}</p>
      )}

      <dialog ref={dialog} className="confirm" aria-labelledby={titleId} onClose={() => setChosen(null)}>
        <h2 id={titleId}>{copy.restoreTitle}</h2>
        <p>{chosen ? fillTemplate(copy.restoreBody, { date: when(chosen.takenAt) }) : ''}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
            {copy.restoreCancel}
          </button>
          <button type="button" className="button primary" onClick={confirmRestore} disabled={restore.isPending}>
            {copy.restoreConfirm}
          </button>
        </div>
      </dialog>
    </section>
  );
}
