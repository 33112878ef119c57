import { useState } from 'react';
import { content, fillTemplate } from '../../../content';
import { ClientError } from '../ipc/client';
import { offerDownload } from './download';
import { FormError } from './SaveRow';

export interface DownloadableFile {
  fileName: string;
  content: string;
  /** Defaults to the type the file name suggests to the system. */
  mimeType?: string;
}

/**
 * A button that asks main for a file, then hands it to the person as a
 * download. Any refusal from main is shown beside the button.
 */
export function ExportButton({
  label,
  load,
  hint,
  mimeType,
}: {
  label: string;
  load: () => Promise<DownloadableFile>;
  hint?: string;
  mimeType?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const onClick = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const file = await load();
      offerDownload(file, file.mimeType ?? mimeType ?? 'application/octet-stream');
      // The page cannot know the folder (Electron asks with a save dialog unless told a path), so it says both.
      setSaved(fillTemplate(content.views.app.exported, { name: file.fileName }));
    } catch (failure) {
      setError(failure instanceof ClientError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export">
      <button type="button" className="button" onClick={() => void onClick()} disabled={busy}>
        {label}
      </button>
      {hint ? <span className="hint">{hint}</span> : null}
      <span className="export-saved" role="status">
        {saved}
      </span>
      <FormError message={error} />
    </div>
  );
}
