import { useEffect, useRef, useState } from 'react';
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
 * download. Any refusal from main is shown beside the button, and so is how
 * the download ended (main hears it from the system's save: where the file
 * went, or that it could not be written, e.g. on a full disk). Only the
 * button that started a download shows its outcome.
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
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const waiting = useRef(false);
  useEffect(
    () =>
      window.rebound.on['download:done']((outcome) => {
        if (!waiting.current) return;
        waiting.current = false;
        if (outcome.kind === 'saved') setSaved(outcome.message);
        else setError(outcome.message);
      }),
    [],
  );
  const onClick = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const file = await load();
      waiting.current = true;
      offerDownload(file, file.mimeType ?? mimeType ?? 'application/octet-stream');
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
      {saved ? (
        <p className="form-status" role="status">
          {saved}
        </p>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
