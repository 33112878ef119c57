import { content } from '../../../content';
import { useId, useState } from 'react';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { ApplicationForm, editableFieldsOf } from './ApplicationForm';
import { addDaysTo, copy, fill, shortDay } from './format';
import { useFieldErrors } from '../components/useFieldErrors';
import { ReflectOffer } from '../reflect/ReflectOffer';

/** Everything about one application: edit its fields, its follow-ups (change a day, schedule one), its status history. */
export function ApplicationDetails({ id, today }: { id: number; today: string }) {
  const formId = useId();
  const detail = useApiQuery('applications:get', { id });
  const move = useApiMutation('applications:moveFollowUp');
  const schedule = useApiMutation('applications:scheduleFollowUp');
  const remove = useApiMutation('applications:delete');
  const update = useApiMutation('applications:update');
  const fields = useFieldErrors();
  const [dueOn, setDueOn] = useState('');
  const [nextInDays, setNextInDays] = useState('');
  const [sentDone, setSentDone] = useState(false);
  const send = useApiMutation('applications:sendFollowUp');
  const sendFields = useFieldErrors();
  const a = copy.applications;
  if (!detail.data) return detail.error ? <p role="alert">{detail.error.message}</p> : <p role="status">{content.views.app.loading}</p>;
  const app = detail.data;
  const pending = app.followUps.find((followUp) => followUp.state === 'pending');
  const day = dueOn || pending?.dueOn || addDaysTo(today, 7);
  return (
    <div className="app-details">
      <ReflectOffer application={app} />
      <ApplicationForm
        initial={editableFieldsOf(app)}
        submitLabel={a.save}
        heading={`${a.save}: ${app.company}`}
        onSubmit={(fieldsValue) => update.mutateAsync({ id, fields: fieldsValue })}
      />
      <section aria-labelledby={`${formId}-fu`}>
        <h4 id={`${formId}-fu`}>{a.followUps}</h4>
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
            else schedule.mutate({ applicationId: id, dueOn: day }, options);
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
      <section aria-labelledby={`${formId}-history`}>
        <h4 id={`${formId}-history`}>{a.history}</h4>
        <ol className="plain-list history">
          {app.history.map((change) => (
            <li key={change.changedAt + change.status}>
              {shortDay(change.day)}: {copy.statuses[change.status]}
            </li>
          ))}
        </ol>
      </section>
      <button
        type="button"
        className="button small danger"
        onClick={() => {
          if (window.confirm(a.deleteConfirm)) remove.mutate({ id });
        }}
      >
        {a.delete}
      </button>
    </div>
  );
}
