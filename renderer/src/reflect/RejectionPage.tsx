import { parseISO } from 'date-fns';
import { formatDate } from '../../../content/format';
import type { ReactNode } from 'react';
import { content, fillTemplate } from '../../../content';
import type { RejectionDetail, StepAnswers } from '../../../electron/core/reflection/schema';
import { hashFor, type ViewProps } from '../components/navigation';
import { useApiQuery } from '../ipc/queries';
import { FeedbackTracker } from './FeedbackTracker';
import { statusText } from './RejectionList';

const copy = content.reflectUi.page;
const labelOf = (list: { id: string; label: string }[], id: string) => list.find((entry) => entry.id === id)?.label ?? id;
const day = (value: string) => formatDate(parseISO(value), 'mediumWithWeekday');

/** One rejection: its details, its reflection read back, the feedback thread, and what it led to. */
export function RejectionPage({ rejectionId, navigate }: { rejectionId: number; navigate: ViewProps['navigate'] }) {
  const detail = useApiQuery('rejections:get', { rejectionId });
  if (detail.error) return <p role="alert">{detail.error.message}</p>;
  if (!detail.data) return <p role="status">…</p>;
  const data = detail.data;
  const { rejection } = data;
  return (
    <div className="rejection-page">
      <p>
        <a href={hashFor('reflect')}>← {copy.back}</a>
      </p>
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">
          {rejection.company}
          {rejection.role ? <span className="role"> · {rejection.role}</span> : null}
        </h2>
        <dl className="facts">
          <Fact label={content.reflectUi.form.stage}>{labelOf(content.reflection.stages, rejection.stage)}</Fact>
          <Fact label={content.reflectUi.form.receivedOn}>{day(rejection.receivedOn)}</Fact>
          <Fact label={content.reflectUi.form.channel}>{labelOf(content.reflection.channels, rejection.channel)}</Fact>
          {rejection.recruiterName || rejection.recruiterEmail ? (
            <Fact label={copy.recruiter}>{[rejection.recruiterName, rejection.recruiterEmail].filter(Boolean).join(' · ')}</Fact>
          ) : null}
          {rejection.applicationId ? (
            <Fact label={copy.applicationLabel}>
              <a href={hashFor('plan', `application-${rejection.applicationId}`)}>
                {fillTemplate(copy.application, { id: String(rejection.applicationId) })}
              </a>
            </Fact>
          ) : null}
        </dl>
        {rejection.note ? <p className="prewrap">{rejection.note}</p> : null}
        <p className="status-line">
          <span className="status">{statusText({ reflection: data.status })}</span>{' '}
          {data.status.state !== 'done' ? (
            <button type="button" className="button primary" onClick={() => navigate('reflect', `reflect-${rejection.id}`)}>
              {data.status.state === 'in_progress' ? content.reflectUi.list.continue : content.reflectUi.list.start}
            </button>
          ) : null}
        </p>
      </section>
      <section className="card" aria-labelledby="readback-heading">
        <h2 id="readback-heading">{copy.reflection}</h2>
        {data.reflection ? <ReadBack detail={data} /> : <p className="hint">{copy.notStarted}</p>}
      </section>
      <section className="card" aria-labelledby="thread-heading">
        <h2 id="thread-heading">{copy.feedbackThread}</h2>
        {data.feedback.feedback ? <blockquote className="prewrap">{data.feedback.feedback}</blockquote> : null}
        <FeedbackTracker detail={data} />
      </section>
      <section className="card" aria-labelledby="led-heading">
        <h2 id="led-heading">{copy.ledTo}</h2>
        <h3>{copy.tasks}</h3>
        {data.tasks.length ? (
          <ul className="linked">
            {data.tasks.map((task) => (
              <li key={task.id}>
                {task.title}{' '}
                <span className="hint">
                  ({day(task.weekStart)}
                  {task.done ? `, ${copy.taskDone}` : ''})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{copy.none}</p>
        )}
        {data.targets ? (
          <>
            <h3>{fillTemplate(copy.targets, { date: day(data.targets.weekStart) })}</h3>
            <ul className="linked inline">
              {(['search', 'apply', 'followUp', 'network', 'learn', 'volunteer'] as const)
                .filter((key) => data.targets && data.targets[key] > 0)
                .map((key) => (
                  <li key={key}>
                    {content.reflectUi.forward[key]}: {data.targets?.[key]}
                  </li>
                ))}
            </ul>
          </>
        ) : null}
        {data.tasks.length || data.targets ? (
          <p>
            <a href={hashFor('plan')}>{copy.goToPlan}</a>
          </p>
        ) : null}
        <h3>{copy.wins}</h3>
        {data.wins.length ? (
          <>
            <ul className="linked">
              {data.wins.map((win) => (
                <li key={win.id}>
                  {win.title} <span className="hint">({day(win.day)})</span>
                </li>
              ))}
            </ul>
            <p>
              <a href={hashFor('wins')}>{copy.goToWins}</a>
            </p>
          </>
        ) : (
          <p className="hint">{copy.none}</p>
        )}
      </section>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ReadBack({ detail }: { detail: RejectionDetail }) {
  const get = <S extends StepAnswers['step']>(step: S) => detail.answers[`${step}`] as Extract<StepAnswers, { step: S }> | undefined;
  const one = get(1);
  const two = get(2);
  const four = get(4);
  const six = get(6);
  const before = detail.reflection?.moodBefore;
  const after = detail.reflection?.moodAfter;
  const items: [string, ReactNode][] = [];
  if (one?.feelings.length) items.push([copy.feelings, one.feelings.join(', ')]);
  if (before)
    items.push([
      content.reflection.steps[0]?.title ?? '',
      fillTemplate(copy.weight, { before: String(before), after: after ? String(after) : '–' }),
    ]);
  if (one?.freeWriting) items.push([copy.writing, <span className="prewrap">{one.freeWriting}</span>]);
  if (two?.reasons.length) items.push([copy.reasons, two.reasons.map((id) => labelOf(content.reflection.reasons, id)).join('; ')]);
  if (two?.betterFit) items.push([copy.betterFit, <span className="prewrap">{two.betterFit}</span>]);
  if (four?.outside.length) items.push([copy.outside, four.outside.join('; ')]);
  if (four?.inside.length) items.push([copy.inside, four.inside.join('; ')]);
  if (four?.strengths.length) items.push([copy.strengths, four.strengths.join('; ')]);
  if (six?.note) items.push([copy.onTheGo, <span className="prewrap">{six.note}</span>]);
  if (!items.length) return <p className="hint">{copy.none}</p>;
  return (
    <dl className="readback">
      {items.map(([label, value]) => (
        <Fact key={label} label={label}>
          {value}
        </Fact>
      ))}
    </dl>
  );
}
