import { useEffect, useId, useState } from 'react';
import { content, fillTemplate } from '../../../content';
import type { ImportProgress } from '../../../electron/core/imports/schema';
import { formatNumber } from '../components/format';

const copy = content.imports.ui;

/**
 * The last `imports:progress` main pushed, heard for as long as the component that asks is mounted and
 * let go when it unmounts. Core says how far it is once every couple of thousand rows (its pause between
 * slices, electron/core/imports/table.ts), so a file of 40,000 rows renders this some forty times, not
 * once a row.
 */
export function useImportProgress(): [ImportProgress | null, (progress: ImportProgress | null) => void] {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => window.rebound.on['imports:progress'](setProgress), []);
  return [progress, setProgress];
}

/** "Reading row 12,000…", then "Checking row 12,000 of 40,000…", then "Adding 12,000 of 40,000…"; numbers as the locale groups them. */
export function progressLine(progress: ImportProgress): string {
  const row = formatNumber(progress.rows);
  const total = formatNumber(progress.total ?? progress.rows);
  if (progress.phase === 'writing') return fillTemplate(copy.progressWriting, { row, total });
  if (progress.total === null) return fillTemplate(copy.progressReading, { row });
  return fillTemplate(copy.progressChecking, { row, total });
}

/**
 * A native progress bar while a file is read, checked and written: it fills while rows are checked
 * against a known total and again while they are written (the import worker says how far it is every
 * 1,000 rows), and runs without a value while the total is not known yet (reading). The line under it
 * says the same in words, and that the rows arrive together (one transaction: all or none).
 */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const id = useId();
  const filling = progress !== null && progress.phase !== 'reading' && progress.total !== null && progress.total > 0;
  return (
    <div className="import-progress">
      <progress
        aria-label={copy.progressLabel}
        aria-describedby={progress ? id : undefined}
        {...(filling ? { value: progress.rows, max: progress.total ?? undefined } : {})}
      />
      {progress ? (
        <p className="hint" id={id}>
          {progressLine(progress)}
        </p>
      ) : null}
    </div>
  );
}
