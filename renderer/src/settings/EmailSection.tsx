import { useId, useState, type FormEvent } from 'react';
import { content, fillTemplate } from '../../../content';
import type { EmailReading } from '../../../electron/core/imports/schema';
import type { ViewProps } from '../components/navigation';
import { call } from '../ipc/client';
import { EmailActions } from './EmailActions';
import './companion.css';

const copy = content.imports.emailUi;
const kinds = content.imports.email;

/**
 * Paste an email and see what the local rules make of it, with the phrase
 * that decided. Reading changes nothing; what it may set going (logging the
 * rejection, adding the interview, marking it applied) waits for the person
 * to pick it below the reading. The email's words are shown as text nodes only.
 */
export function EmailSection({ navigate }: Pick<ViewProps, 'navigate'>) {
  const id = useId();
  const [text, setText] = useState('');
  const [reading, setReading] = useState<EmailReading | null>(null);
  const [error, setError] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      setReading(await call('imports:readEmail', { text }));
    } catch (failure) {
      setReading(null);
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const sender = reading ? [reading.senderName, reading.senderEmail && `<${reading.senderEmail}>`].filter(Boolean).join(' ') : '';
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{copy.title}</h2>
      <p className="hint">{copy.intro}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-text`}>{copy.label}</label>
          <textarea
            id={`${id}-text`}
            rows={8}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {error ? (
            <span className="field-error" id={`${id}-error`}>
              {error}
            </span>
          ) : null}
        </div>
        <button type="submit" className="button">
          {copy.read}
        </button>
      </form>
      {reading ? (
        <div aria-live="polite">
          <p className="form-status">{fillTemplate(copy.kind, { kind: kinds[reading.kind] })}</p>
          <p className="hint">{reading.matched ? fillTemplate(kinds.matched, { phrase: reading.matched }) : kinds.nothingMatched}</p>
          <dl>
            {reading.company ? (
              <>
                <dt>{copy.company}</dt>
                <dd>{reading.company}</dd>
              </>
            ) : null}
            {reading.role ? (
              <>
                <dt>{copy.role}</dt>
                <dd>{reading.role}</dd>
              </>
            ) : null}
            {sender ? (
              <>
                <dt>{copy.sender}</dt>
                <dd>{sender}</dd>
              </>
            ) : null}
          </dl>
          <p className="hint">{reading.applicationId !== null ? copy.tracked : copy.notTracked}</p>
          <EmailActions key={`${reading.subject}|${text.length}`} text={text} reading={reading} navigate={navigate} />
        </div>
      ) : null}
    </section>
  );
}
