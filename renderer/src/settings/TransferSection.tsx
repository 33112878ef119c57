import { useId, useRef, useState, type FormEvent } from 'react';
import { content, fillTemplate } from '../../../content';
import { transferTableNames } from '../../../electron/core/transfer/tables';
import { ExportButton } from '../components/ExportButton';
import { call } from '../ipc/client';
import { useApiMutation } from '../ipc/queries';

const copy = content.data;

/** Export everything (JSON) or one list (CSV); import an export by adding to or replacing what is here. */
export function TransferSection() {
  const id = useId();
  const [table, setTable] = useState<string>('applications');
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [status, setStatus] = useState('');
  const [fileError, setFileError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLDialogElement>(null);
  const importJson = useApiMutation('data:importJson');

  const runImport = async () => {
    confirm.current?.close();
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    importJson.mutate(
      { content: await file.text(), mode },
      {
        onSuccess: (result) =>
          setStatus(fillTemplate(copy.importDone, { added: String(result.added), skipped: String(result.alreadyThere) })),
        onError: (error) => setFileError(error.message),
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setFileError('');
    if (!fileInput.current?.files?.length) {
      setFileError(copy.importNoFile);
      return;
    }
    if (mode === 'replace') confirm.current?.showModal();
    else void runImport();
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{copy.exportTitle}</h2>
      <p className="hint">{copy.exportIntro}</p>
      <div className="form-actions">
        <ExportButton label={copy.exportJson} mimeType="application/json" load={() => call('data:exportJson')} />
        <label htmlFor={`${id}-table`} className="inline-label">
          {copy.csvTable}
        </label>
        <select id={`${id}-table`} value={table} onChange={(event) => setTable(event.target.value)}>
          {transferTableNames.map((name) => (
            <option key={name} value={name}>
              {copy.tables[name] ?? name}
            </option>
          ))}
        </select>
        <ExportButton label={copy.exportCsv} mimeType="text/csv" load={() => call('data:exportCsv', { table: table as 'wins' })} />
      </div>

      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-import`}>
        <h3 id={`${id}-import`}>{copy.importTitle}</h3>
        <p className="hint">{copy.importIntro}</p>
        <div className="field">
          <label htmlFor={`${id}-file`}>{copy.importFile}</label>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${id}-file-error` : undefined}
            onChange={() => setFileError('')}
          />
          {fileError ? (
            <span className="field-error" id={`${id}-file-error`}>
              {fileError}
            </span>
          ) : null}
        </div>
        <fieldset>
          <legend className="visually-hidden">{copy.importTitle}</legend>
          <label className="radio">
            <input type="radio" name={`${id}-mode`} checked={mode === 'merge'} onChange={() => setMode('merge')} />
            {copy.importMerge}
          </label>
          <label className="radio">
            <input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} />
            {copy.importReplace}
          </label>
        </fieldset>
        <button type="submit" className="button" disabled={importJson.isPending}>
          {copy.importButton}
        </button>
      </form>
      <p className="form-status" role="status" aria-live="polite">
        {status}
      </p>

      <dialog ref={confirm} className="confirm" aria-labelledby={`${id}-replace`}>
        <h2 id={`${id}-replace`}>{copy.replaceTitle}</h2>
        <p>{copy.replaceBody}</p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => confirm.current?.close()} autoFocus>
            {copy.restoreCancel}
          </button>
          <button type="button" className="button primary" onClick={() => void runImport()}>
            {copy.replaceConfirm}
          </button>
        </div>
      </dialog>
    </section>
  );
}
