import type { View } from '../../../electron/core/app/contract';
import type { TodayPlan as TodayData } from '../../../electron/core/planner/schema';
import { useApiMutation } from '../ipc/queries';
import { ProgressBars } from './ProgressBars';
import { copy, fill, shortDay } from './format';
import './plan.css';
import { FormError } from '../components/SaveRow';

/** Today's part of the routine: the day's steps, follow-ups due (one click to mark sent), and the week's progress. */
export function TodayPlan({ data, navigate }: { data: TodayData; navigate: (view: View, action?: string | null) => void }) {
  const send = useApiMutation('applications:sendFollowUp');
  const close = useApiMutation('applications:setStatus');
  const keepWaiting = useApiMutation('applications:keepWaiting');
  const a = copy.applications;
  const t = copy.today;
  return (
    <section className="card today-plan" aria-labelledby="today-plan-heading">
      <h2 id="today-plan-heading">{t.heading}</h2>
      <div className="today-grid">
        <section aria-labelledby="today-steps-heading">
          <h3 id="today-steps-heading">{t.stepsHeading}</h3>
          {data.steps.length ? (
            <ul className="step-chips">
              {data.steps.map((kind) => (
                <li key={kind} className={`chip kind-${kind}`}>
                  {copy.kinds[kind]}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t.noSteps}</p>
          )}
          <h3 id="today-due-heading">{t.dueHeading}</h3>
          {data.dueFollowUps.length ? (
            <ul className="due-list" aria-labelledby="today-due-heading">
              {data.dueFollowUps.map((followUp) => (
                <li key={followUp.id}>
                  <span>
                    <strong>{followUp.company}</strong>
                    {followUp.role ? ` · ${followUp.role}` : ''}{' '}
                    <span className="hint">{fill(t.dueOn, { date: shortDay(followUp.dueOn) })}</span>
                  </span>
                  <button
                    type="button"
                    className="button small"
                    aria-label={fill(t.sentFor, { company: followUp.company })}
                    disabled={send.isPending}
                    onClick={() => send.mutate({ id: followUp.id })}
                  >
                    {t.sent}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t.noneDue}</p>
          )}
          {data.silent.length ? (
            <>
              <h3 id="today-quiet-heading">{t.quietHeading}</h3>
              <ul className="due-list" aria-labelledby="today-quiet-heading">
                {data.silent.map((application) => (
                  <li key={application.id} className="closure">
                    <p>
                      <strong>{fill(a.silentTitle, { company: application.company })}</strong>
                    </p>
                    <div className="button-row">
                      <button
                        type="button"
                        className="button small"
                        aria-label={`${a.closeNoReply}: ${application.company}`}
                        onClick={() => close.mutate({ id: application.id, status: 'no_reply' })}
                      >
                        {a.closeNoReply}
                      </button>
                      <button
                        type="button"
                        className="button small"
                        aria-label={`${a.keepWaiting}: ${application.company}`}
                        onClick={() => keepWaiting.mutate({ id: application.id })}
                      >
                        {a.keepWaiting}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <FormError message={send.error?.message} />
        </section>
        <section aria-labelledby="today-week-heading">
          <h3 id="today-week-heading">{t.weekHeading}</h3>
          <ProgressBars targets={data.week.targets} progress={data.week.progress} idPrefix="today-progress" />
          {data.week.met ? <p className="met">{copy.plan.metMessage}</p> : null}
          <button type="button" className="button" onClick={() => navigate('plan')}>
            {t.openPlan}
          </button>
        </section>
      </div>
    </section>
  );
}
