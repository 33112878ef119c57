import { useId, useState, type FormEvent } from 'react';
import { content, fillTemplate } from '../../../content';
import type { InterviewKind } from '../../../electron/core/applications/people/schema';
import type { EmailAction, EmailActed, EmailReading } from '../../../electron/core/imports/schema';
import type { ViewProps } from '../components/navigation';
import { useFieldErrors } from '../components/useFieldErrors';
import { ClientError } from '../ipc/client';
import { useApiMutation } from '../ipc/queries';

const copy = content.imports.emailUi;

/** The rounds' names, shared with the tracker's interview form. */
const kindLabels: Record<InterviewKind, string> = content.planner.interviewKinds;

/** The one action each kind of email suggests first; "add it to my tracker" is there for every kind. */
const suggested: Record<EmailReading['kind'], EmailAction | null> = {
  rejection: 'logRejection',
  interview: 'addInterview',
  received: 'markApplied',
  none: null,
};

const actionLabel: Record<EmailAction, string> = {
  logRejection: copy.logRejection,
  addInterview: copy.addInterview,
  markApplied: copy.markApplied,
  track: copy.track,
};

const doneLine: Record<EmailAction, string> = {
  logRejection: copy.doneRejection,
  addInterview: copy.doneInterview,
  markApplied: copy.doneApplied,
  track: copy.doneTracked,
};

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * What a read email can set going, and only on the person's click: the action its kind suggests (log the
 * rejection and open its reflection, add the interview at the time they pick, mark it applied) and, when
 * nothing tracked matches, adding it to the tracker. Core reads the email again before acting.
 */
export function EmailActions({ text, reading, navigate }: { text: string; reading: EmailReading; navigate: ViewProps['navigate'] }) {
  const id = useId();
  const act = useApiMutation('imports:actOnEmail');
  const { clear, fromError, field, message, formMessage } = useFieldErrors();
  const [kind, setKind] = useState<InterviewKind>('screen');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [done, setDone] = useState<{ action: EmailAction; acted: EmailActed } | null>(null);
  const [duplicate, setDuplicate] = useState<EmailAction | null>(null);
  const tracked = reading.applicationId !== null;
  const primary = suggested[reading.kind];
  const actions: EmailAction[] = [...(primary ? [primary] : []), ...(tracked ? [] : (['track'] as const))];

  if (!tracked && reading.company === '') return <p className="hint">{copy.noCompany}</p>;

  const run = async (action: EmailAction, confirmDuplicate = false) => {
    clear();
    setDuplicate(null);
    try {
      const acted = await act.mutateAsync({
        text,
        action,
        applicationId: reading.applicationId,
        ...(action === 'addInterview' && date && time ? { interview: { kind, date, time, timeZone: systemZone() } } : {}),
        ...(confirmDuplicate ? { confirmDuplicate: true } : {}),
      });
      setDone({ action, acted });
    } catch (failure) {
      if (failure instanceof ClientError && failure.code === 'conflict') setDuplicate(action);
      else fromError(failure);
    }
  };

  if (done) {
    return (
      <div className="email-acted">
        <p className="form-status" role="status">
          {doneLine[done.action]}
        </p>
        {done.acted.rejectionId !== null ? (
          <button type="button" className="button primary" onClick={() => navigate('reflect', `reflect-${done.acted.rejectionId}`)}>
            {copy.openReflection}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <form
      className="email-actions"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (actions[0]) void run(actions[0]);
      }}
    >
      <h3 id={`${id}-title`}>{copy.actTitle}</h3>
      <p className="hint">{copy.actHint}</p>
      {!tracked ? <p className="hint">{fillTemplate(copy.addFirst, { company: reading.company })}</p> : null}
      {primary === 'addInterview' ? (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{copy.interviewKind}</label>
            <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as InterviewKind)}>
              {Object.entries(kindLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{copy.interviewDate}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              {...field('interview.date')}
            />
            {message('interview.date')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{copy.interviewTime}</label>
            <input
              id={`${id}-time`}
              type="time"
              value={time}
              onChange={(event) => setTime(event.target.value)}
              {...field('interview.time')}
            />
            {message('interview.time')}
          </div>
          <p className="hint">{fillTemplate(copy.interviewZone, { zone: systemZone() })}</p>
        </div>
      ) : null}
      {formMessage()}
      {duplicate ? (
        <p role="alert" className="field-error">
          {copy.duplicateQuestion}{' '}
          <button type="button" className="button small" onClick={() => void run(duplicate, true)}>
            {copy.addAnyway}
          </button>
        </p>
      ) : null}
      <div className="button-row">
        {actions.map((action, index) => (
          <button
            key={action}
            type={index === 0 ? 'submit' : 'button'}
            className={index === 0 ? 'button primary' : 'button'}
            disabled={act.isPending}
            onClick={index === 0 ? undefined : () => void run(action)}
          >
            {actionLabel[action]}
          </button>
        ))}
      </div>
    </form>
  );
}
