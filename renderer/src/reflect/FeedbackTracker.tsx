import { format } from 'date-fns';
import { formatDay } from '../../../content/format';
import { useId, useState, type FormEvent } from 'react';
import { content, fillTemplate } from '../../../content';
import { feedbackStates, type FeedbackState, type RejectionDetail } from '../../../electron/core/reflection/schema';
import { ClientError } from '../ipc/client';
import { useApiMutation } from '../ipc/queries';
import { describedBy, FieldError } from './fields';
import type { FieldErrors } from './useStepAutosave';
import { SaveRow } from '../components/SaveRow';

const copy = content.reflectUi.feedback;
const today = () => format(new Date(), 'yyyy-MM-dd');

/** Where a feedback request stands (not asked, asked, answered, no reply), and what was said turned into tasks. */
export function FeedbackTracker({ detail }: { detail: RejectionDetail }) {
  const baseId = useId();
  const [draft, setDraft] = useState(() => ({
    state: detail.feedback.state,
    askedOn: detail.feedback.askedOn ?? '',
    answeredOn: detail.feedback.answeredOn ?? '',
    feedback: detail.feedback.feedback,
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const update = useApiMutation('feedback:update');
  const rejectionId = detail.rejection.id;

  const setState = (state: FeedbackState) =>
    setDraft((current) => ({
      ...current,
      state,
      askedOn: state !== 'not_asked' && !current.askedOn ? today() : current.askedOn,
      answeredOn: state === 'answered' && !current.answeredOn ? today() : current.answeredOn,
    }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const local: FieldErrors = {};
    if (draft.askedOn > today()) local.askedOn = content.reflectUi.errors.futureDate;
    if (draft.answeredOn > today()) local.answeredOn = content.reflectUi.errors.futureDate;
    if (Object.keys(local).length) return setErrors(local);
    update.mutate(
      {
        rejectionId,
        state: draft.state,
        askedOn: draft.state === 'not_asked' ? null : draft.askedOn || null,
        answeredOn: draft.state === 'answered' ? draft.answeredOn || null : null,
        feedback: draft.feedback,
      },
      {
        onSuccess: () => {
          setErrors({});
          setSaved(true);
        },
        onError: (error) => setErrors(error instanceof ClientError ? { ...error.fields, _: error.message } : { _: String(error) }),
      },
    );
  };

  return (
    <div className="feedback-tracker">
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-heading`}>
        <h3 id={`${baseId}-heading`}>{copy.trackingHeading}</h3>
        <fieldset {...describedBy(errors, 'state', baseId)}>
          <legend>{copy.state}</legend>
          {feedbackStates.map((state) => (
            <label key={state} className="radio">
              <input type="radio" name={`${baseId}-state`} checked={draft.state === state} onChange={() => setState(state)} />
              {copy.states[state]}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          {draft.state !== 'not_asked' ? (
            <div className="field">
              <label htmlFor={`${baseId}-asked`}>{copy.askedOn}</label>
              <input
                id={`${baseId}-asked`}
                type="date"
                max={today()}
                value={draft.askedOn}
                onChange={(event) => setDraft({ ...draft, askedOn: event.target.value })}
                {...describedBy(errors, 'askedOn', baseId)}
              />
              <FieldError errors={errors} name="askedOn" baseId={baseId} />
            </div>
          ) : null}
          {draft.state === 'answered' ? (
            <div className="field">
              <label htmlFor={`${baseId}-answered`}>{copy.answeredOn}</label>
              <input
                id={`${baseId}-answered`}
                type="date"
                max={today()}
                value={draft.answeredOn}
                onChange={(event) => setDraft({ ...draft, answeredOn: event.target.value })}
                {...describedBy(errors, 'answeredOn', baseId)}
              />
              <FieldError errors={errors} name="answeredOn" baseId={baseId} />
            </div>
          ) : null}
        </div>
        {draft.state === 'answered' ? (
          <div className="field wide">
            <label htmlFor={`${baseId}-feedback`}>{copy.feedbackText}</label>
            <textarea
              id={`${baseId}-feedback`}
              rows={4}
              value={draft.feedback}
              onChange={(event) => setDraft({ ...draft, feedback: event.target.value })}
              {...describedBy(errors, 'feedback', baseId)}
            />
            <FieldError errors={errors} name="feedback" baseId={baseId} />
          </div>
        ) : null}
        <SaveRow
          label={copy.saveTracking}
          pending={update.isPending}
          savedMessage={saved ? copy.trackingSaved : null}
          error={errors._}
          primary={false}
        />
      </form>
      {detail.feedback.state === 'answered' ? <FeedbackToTask rejectionId={rejectionId} /> : null}
    </div>
  );
}

function FeedbackToTask({ rejectionId }: { rejectionId: number }) {
  const baseId = useId();
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useApiMutation('feedback:addTask');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMessage('');
    add.mutate(
      { rejectionId, title },
      {
        onSuccess: (task) => {
          setTitle('');
          setErrors({});
          setMessage(fillTemplate(copy.taskAdded, { date: formatDay(task.weekStart, 'weekdayLong') }));
        },
        onError: (error) => setErrors(error instanceof ClientError ? error.fields : { title: String(error) }),
      },
    );
  };
  return (
    <form className="feedback-task" onSubmit={onSubmit} noValidate>
      <div className="field wide">
        <label htmlFor={`${baseId}-task`}>{copy.toTask}</label>
        <div className="add-own-row">
          <input
            id={`${baseId}-task`}
            value={title}
            maxLength={300}
            onChange={(event) => setTitle(event.target.value)}
            {...describedBy(errors, 'title', baseId)}
          />
          <button type="submit" className="button" disabled={add.isPending}>
            {copy.toTaskButton}
          </button>
        </div>
        <FieldError errors={errors} name="title" baseId={baseId} />
      </div>
      <p className="form-status" role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
