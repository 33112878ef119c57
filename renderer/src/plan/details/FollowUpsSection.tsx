import { useId, useState } from 'react';
import type { ApplicationDetail } from '../../../../electron/core/applications/schema';
import { useApiMutation } from '../../ipc/queries';
import { useFieldErrors } from '../../components/useFieldErrors';
import { addDaysTo, copy, fill, shortDay } from '../format';

/** An application's follow-ups (change a day, schedule one, mark one sent) and its status history. */
export function FollowUpsSection({ app, today }: { app: ApplicationDetail; today: string }) {
  const formId = useId();
  const move = useApiMutation('applications:moveFollowUp');
  const schedule = useApiMutation('applications:scheduleFollowUp');
  const send = useApiMutation('applications:sendFollowUp');
  const fields = useFieldErrors();
  const sendFields = useFieldErrors();
  const [dueOn, setDueOn] = useState('');
  const [nextInDays, setNextInDays] = useState('');
  const [sentDone, setSentDone] = useState(false);
  const a = copy.applications;
  const pending = app.followUps.find((followUp) => followUp.state === 'pending');
  const day = dueOn || pending?.dueOn || addDaysTo(today, 7);
  return (
    <>
      <section className="panel-section" aria-labelledby={`${formId}-fu`}>
        <h3 id={`${formId}-fu`}>{a.followUps}</h3>
        <ul className="plain-list">
          {app.followUps.map((followUp) => (
            <li key={followUp.id}>
              {followUp.state === 'sent'
                ? fill(a.followUpSent, { date: shortDay(followUp.sentOn ?? followUp.dueOn) })
                : followUp.state === 'cancelled'
                  ? `${shortDay(followUp.dueOn)}: ${a.followUpCancelled}`
                  : fill(a.followUpPending, { date: shortDay(followUp.dueOn) })}
            </li>
          ))}
        </ul>
        <form
          className="inline-fields"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const options = { onSuccess: () => fields.clear(), onError: fields.fromError };
            if (pending) move.mutate({ id: pending.id, dueOn: day }, options);
            else schedule.mutate({ applicationId: app.id, dueOn: day }, options);
          }}
        >
          <div className="field">
            <label htmlFor={`${formId}-due`}>{a.followUpDue}</label>
            <input
              id={`${formId}-due`}
              type="date"
              value={day}
              onChange={(event) => setDueOn(event.target.value)}
              {...fields.field('dueOn')}
            />
            {fields.message('dueOn')}
          </div>
          <button type="submit" className="button small align-end">
            {pending ? a.moveFollowUp : a.scheduleFollowUp}
          </button>
        </form>
        {fields.formMessage()}
        {pending ? (
          <form
            className="inline-fields"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setSentDone(false);
              const next = nextInDays.trim() === '' ? null : Number(nextInDays);
              send.mutate(
                { id: pending.id, nextInDays: next },
                {
                  onSuccess: () => {
                    sendFields.clear();
                    setNextInDays('');
                    setSentDone(true);
                  },
                  onError: sendFields.fromError,
                },
              );
            }}
          >
            <div className="field">
              <label htmlFor={`${formId}-next`}>{a.nextInDays}</label>
              <input
                id={`${formId}-next`}
                type="number"
                inputMode="numeric"
                min={1}
                max={90}
                value={nextInDays}
                onChange={(event) => setNextInDays(event.target.value)}
                {...sendFields.field('nextInDays')}
              />
              {sendFields.message('nextInDays')}
            </div>
            <button type="submit" className="button small align-end" disabled={send.isPending}>
              {a.markSent}
            </button>
          </form>
        ) : null}
        <p className="form-status" role="status">
          {sentDone ? a.sentDone : ''}
        </p>
        {sendFields.formMessage()}
      </section>
      <section className="panel-section" aria-labelledby={`${formId}-history`}>
        <h3 id={`${formId}-history`}>{a.history}</h3>
        <ol className="plain-list history">
          {app.history.map((change) => (
            <li key={change.changedAt + change.status}>
              {shortDay(change.day)}: {copy.statuses[change.status]}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
