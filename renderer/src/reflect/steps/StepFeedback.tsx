import { useState } from 'react';
import { content, fillTemplate } from '../../../../content';
import { call } from '../../ipc/client';
import { describedBy, FieldError } from '../fields';
import { useApiQuery } from '../../ipc/queries';
import { draftFor, feedbackRecipient, mailtoUrl } from '../feedbackDraft';
import { FeedbackTracker } from '../FeedbackTracker';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const copy = content.reflectUi.feedback;
const prompts = promptsFor(3);

/** Step 3: a drafted note in a few tones, copied or opened in the mail app, and the request tracked. */
export function StepFeedback({ answers, onChange, errors, baseId, detail }: StepProps<3>) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const { rejection } = detail;
  const recipient = feedbackRecipient(detail);
  const greeted = { ...rejection, recruiterName: recipient.name };
  const yourName = useApiQuery('settings:get').data?.yourName ?? '';
  const full = `${answers.subject}\n\n${answers.message}`;

  const copyNote = async () => {
    try {
      await navigator.clipboard.writeText(answers.message);
      setStatus({ text: copy.copied, failed: false });
    } catch {
      setStatus({ text: copy.copyFailed, failed: true });
    }
  };
  const openMail = async () => {
    try {
      await call('app:openExternal', { url: mailtoUrl(recipient.email, answers.subject, answers.message) });
      setStatus({ text: copy.mailOpened, failed: false });
    } catch (error) {
      setStatus({ text: fillTemplate(copy.mailFailed, { message: error instanceof Error ? error.message : String(error) }), failed: true });
    }
  };

  return (
    <>
      <p>{prompts.intro}</p>
      {recipient.name ? null : <p className="hint">{copy.noRecruiter}</p>}
      {recipient.linked ? <p className="hint">{fillTemplate(copy.recipient, { name: recipient.name })}</p> : null}
      <fieldset>
        <legend>{prompts.tone}</legend>
        {content.feedbackTemplates.tones.map((tone) => (
          <label key={tone.id} className="radio">
            <input
              type="radio"
              name={`${baseId}-tone`}
              checked={answers.tone === tone.id}
              onChange={() => onChange({ ...answers, tone: tone.id, ...draftFor(tone.id, greeted, yourName) })}
            />
            {tone.label}
          </label>
        ))}
      </fieldset>
      <div className="field wide">
        <label htmlFor={`${baseId}-subject`}>{copy.subject}</label>
        <input
          id={`${baseId}-subject`}
          value={answers.subject}
          onChange={(event) => onChange({ ...answers, subject: event.target.value })}
          {...describedBy(errors, 'subject', baseId)}
        />
        <FieldError errors={errors} name="subject" baseId={baseId} />
      </div>
      <div className="field wide">
        <label htmlFor={`${baseId}-message`}>{copy.message}</label>
        <textarea
          id={`${baseId}-message`}
          rows={9}
          value={answers.message}
          onChange={(event) => onChange({ ...answers, message: event.target.value })}
          {...describedBy(errors, 'message', baseId)}
        />
        <FieldError errors={errors} name="message" baseId={baseId} />
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copyNote()} data-note={full.length}>
          {prompts.copy}
        </button>
        {recipient.email ? (
          <button type="button" className="button" onClick={() => void openMail()}>
            {prompts.openMail}
          </button>
        ) : (
          <p className="hint">{copy.noEmail}</p>
        )}
      </div>
      <p className={status?.failed ? 'form-error' : 'form-status'} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
      <p className="hint">{prompts.tracking}</p>
      <FeedbackTracker detail={detail} />
    </>
  );
}
