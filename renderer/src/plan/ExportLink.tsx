import { useRef, useState } from 'react';
import type { FileExport } from '../../../electron/core/planner/schema';
import { ClientError } from '../ipc/client';

/**
 * Asks main for a file's content, then hands it to the browser as a download
 * from a data: URL (the CSP allows data:, and a download is not a navigation).
 */
export function ExportButton({ label, load, hint }: { label: string; load: () => Promise<FileExport>; hint?: string }) {
  const anchor = useRef<HTMLAnchorElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await load();
      const link = anchor.current;
      if (!link) return;
      link.href = `data:${file.mimeType};charset=utf-8,${encodeURIComponent(file.content)}`;
      link.download = file.fileName;
      link.click();
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
      {/* Hidden: only ever clicked by the button above, after its href is set. */}
      <a ref={anchor} hidden aria-hidden="true" tabIndex={-1} />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
