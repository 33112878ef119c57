import { useId, useRef, useState, type FormEvent } from 'react';
import { content, fillTemplate } from '../../../content';
import type { DateFormat, ImportPreview, ImportRow } from '../../../electron/core/imports/schema';
import { formatNumber } from '../components/format';
import { call } from '../ipc/client';
import { useApiMutation } from '../ipc/queries';
import { ImportProgressBar, useImportProgress } from './ImportProgress';

const copy = content.imports.ui;
/** Rows listed per group; the rest are counted, so a file of thousands stays a page, not a scroll of minutes. */
const shown = 50;

/** The file's bytes as base64, in slices: one String.fromCharCode over megabytes would overflow the call stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

const rowLabel = (row: ImportRow) => `${row.company} · ${row.role === '' ? copy.noRole : row.role}`;

function RowList({ title, rows }: { title: string; rows: string[] }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul className="import-list">
        {rows.slice(0, shown).map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
      {rows.length > shown ? <p className="hint">{fillTemplate(copy.more, { count: formatNumber(rows.length - shown) })}</p> : null}
    </>
  );
}

/**
 * Settings → Bring your search in: a file, its preview (added, already here,
 * left out with line and reason), and a Confirm button. Everything from the
 * file is shown as text nodes only; nothing from outside is ever HTML.
 */
export function ImportSection() {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [payload, setPayload] = useState<{ name: string; base64: string } | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const apply = useApiMutation('imports:apply');
  const [progress, setProgress] = useImportProgress();

  const look = async (input: { name: string; base64: string }, format: DateFormat | undefined) => {
    setProgress(null);
    setReading(true);
    setError('');
    try {
      setPreview(await call('imports:preview', { ...input, ...(format ? { dateFormat: format } : {}) }));
    } catch (failure) {
      setPreview(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setReading(false);
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError(copy.noFile);
      return;
    }
    const input = { name: file.name, base64: await base64Of(file) };
    setPayload(input);
    setDateFormat(undefined);
    await look(input, undefined);
  };

  const choose = (format: DateFormat) => {
    setDateFormat(format);
    if (payload) void look(payload, format);
  };

  const confirm = () => {
    if (!payload) return;
    setProgress(null);
    apply.mutate(
      { ...payload, ...(dateFormat ? { dateFormat } : {}) },
      {
        onSuccess: (result) => {
          setStatus(
            [
              fillTemplate(copy.done, { added: formatNumber(result.added) }),
              result.contacts > 0 ? fillTemplate(copy.doneContacts, { contacts: formatNumber(result.contacts) }) : '',
            ]
              .filter(Boolean)
              .join(' '),
          );
          setPreview(null);
          setPayload(null);
        },
        onError: (failure) => setError(failure.message),
      },
    );
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{copy.title}</h2>
      <p className="hint">{copy.intro}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>{copy.file}</label>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.zip"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={() => {
              setError('');
              setPreview(null);
            }}
          />
          {error ? (
            <span className="field-error" id={`${id}-error`}>
              {error}
            </span>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={reading}>
          {reading ? copy.reading : copy.read}
        </button>
      </form>
      {reading ? <ImportProgressBar progress={progress} /> : null}

      {preview ? (
        <div aria-live="polite">
          <p className="form-status">
            {fillTemplate(copy.summary, {
              added: formatNumber(preview.added.length),
              already: formatNumber(preview.alreadyTracked.length),
              refused: formatNumber(preview.refused.length),
            })}
          </p>
          {preview.dateFormat?.ambiguous ? (
            <fieldset>
              <legend>{fillTemplate(copy.datesQuestion, { example: preview.dateFormat.example })}</legend>
              {(['mdy', 'dmy'] as const).map((format) => (
                <label className="radio" key={format}>
                  <input type="radio" name={`${id}-dates`} checked={dateFormat === format} onChange={() => choose(format)} />
                  {content.imports.dateFormats[format]}
                </label>
              ))}
            </fieldset>
          ) : null}
          <RowList title={copy.addedTitle} rows={preview.added.map(rowLabel)} />
          <RowList title={copy.alreadyTitle} rows={preview.alreadyTracked.map(rowLabel)} />
          <RowList
            title={copy.refusedTitle}
            rows={preview.refused.map(
              (refusal) => `${fillTemplate(copy.refusedLine, { file: refusal.file, line: String(refusal.line) })}: ${refusal.reason}`,
            )}
          />
          <RowList title={copy.contactsTitle} rows={preview.contacts.map((person) => `${person.name} · ${person.company}`)} />
          {preview.added.length === 0 ? (
            <p className="hint">{copy.nothingToAdd}</p>
          ) : (
            <button
              type="button"
              className="button primary"
              disabled={apply.isPending || (preview.dateFormat?.ambiguous === true && dateFormat === undefined)}
              onClick={confirm}
            >
              {apply.isPending ? copy.applying : fillTemplate(copy.confirm, { added: formatNumber(preview.added.length) })}
            </button>
          )}
        </div>
      ) : null}
      {/* Outside the preview's live region: the line changes every couple of thousand rows, too often to read out. */}
      {apply.isPending ? <ImportProgressBar progress={progress} /> : null}
      <p className="form-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
