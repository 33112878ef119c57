import { useEffect, useRef, useState, type ReactNode } from 'react';
import { content, fillTemplate } from '../../../content';
import type { RejectionDetail, StepAnswers, StepNumber } from '../../../electron/core/reflection/schema';
import type { Settings } from '../../../electron/core/settings/schema';
import type { ViewProps } from '../components/navigation';
import { ClientError } from '../ipc/client';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import { FaqPanel } from './FaqPanel';
import { initialAnswers } from './initialAnswers';
import { StepAccept } from './steps/StepAccept';
import { MoodCompare, StepCelebrate } from './steps/StepCelebrate';
import { StepFeedback } from './steps/StepFeedback';
import { StepForward } from './steps/StepForward';
import { StepPersonal } from './steps/StepPersonal';
import { StepRedirect } from './steps/StepRedirect';
import { StepUpgrade } from './steps/StepUpgrade';
import { useStepAutosave, type FieldErrors } from './useStepAutosave';
import { FormError } from '../components/SaveRow';
import { SaveStatus } from '../components/SaveStatus';

const copy = content.reflectUi.flow;
const steps = content.reflection.steps;

/** Loads the rejection, starts its reflection if need be, and resumes at the step where it stopped. */
export function ReflectionFlow({ rejectionId, navigate }: { rejectionId: number; navigate: ViewProps['navigate'] }) {
  const detail = useApiQuery('rejections:get', { rejectionId });
  const settings = useApiQuery('settings:get');
  const start = useApiMutation('reflection:start');
  const started = useRef(false);
  const needsStart = detail.data && !detail.data.reflection;
  useEffect(() => {
    if (needsStart && !started.current) {
      started.current = true;
      start.mutate({ rejectionId });
    }
  }, [needsStart, rejectionId, start]);
  const error = detail.error ?? settings.error ?? start.error;
  if (error) return <p role="alert">{error.message}</p>;
  if (!detail.data?.reflection || !settings.data) return <p role="status">…</p>;
  return <Flow detail={detail.data} settings={settings.data} navigate={navigate} />;
}

function Flow({ detail, settings, navigate }: { detail: RejectionDetail; settings: Settings; navigate: ViewProps['navigate'] }) {
  const rejectionId = detail.rejection.id;
  const [step, setStep] = useState<StepNumber>((detail.reflection?.currentStep ?? 1) as StepNumber);
  const [drafts, setDrafts] = useState<Partial<Record<StepNumber, StepAnswers>>>({});
  const [moveErrors, setMoveErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState('');
  const [finished, setFinished] = useState(false);
  const autosave = useStepAutosave(rejectionId);
  const move = useApiMutation('reflection:move');
  const finish = useApiMutation('reflection:finish');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step, finished]);

  const answersFor = <S extends StepNumber>(number: S) =>
    (drafts[number] ?? initialAnswers(number, detail, settings)) as Extract<StepAnswers, { step: S }>;
  const change = (answers: StepAnswers) => {
    setDrafts((current) => ({ ...current, [answers.step]: answers }));
    setMoveErrors({});
    setNotice('');
    autosave.change(answers);
  };
  const errors = { ...autosave.errors, ...moveErrors };
  const meta = steps[step - 1] as (typeof steps)[number];
  const busy = move.isPending || finish.isPending;

  const fail = (error: unknown) => {
    if (error instanceof ClientError && Object.keys(error.fields).length) setMoveErrors(error.fields);
    else setNotice(error instanceof Error ? error.message : String(error));
  };

  const goTo = async (to: StepNumber, skip = false) => {
    setNotice('');
    // What is on screen is saved first (a drafted note, pre-filled targets), then the step acts on it.
    const saved = await autosave.saveNow(answersFor(step));
    if (!saved) return;
    try {
      await move.mutateAsync({ rejectionId, from: step, to, skip });
      moved.current = true;
      setMoveErrors({});
      setStep(to);
    } catch (error) {
      fail(error);
    }
  };

  const onFinish = async () => {
    const saved = await autosave.saveNow(answersFor(7));
    if (!saved) return;
    try {
      await finish.mutateAsync({ rejectionId });
      moved.current = true;
      setFinished(true);
    } catch (error) {
      fail(error);
    }
  };

  const finishLater = async () => {
    await autosave.flush();
    navigate('reflect');
  };

  if (finished) {
    const lines = content.encouragement.byKind.reflection_done ?? content.encouragement.general;
    return (
      <section className="card reflection-done" aria-labelledby="done-heading">
        <h2 id="done-heading" ref={heading} tabIndex={-1}>
          {content.reflectUi.celebrate.doneHeading}
        </h2>
        <p>{content.reflectUi.celebrate.doneBody}</p>
        <p className="encouragement">{lines[rejectionId % lines.length]}</p>
        <MoodCompare before={answersFor(1).intensity} after={answersFor(7).moodAfter} />
        <div className="form-actions">
          <button type="button" className="button primary" onClick={() => navigate('reflect', `rejection-${rejectionId}`)}>
            {content.reflectUi.celebrate.openPage}
          </button>
          <button type="button" className="button" onClick={() => navigate('plan')}>
            {content.reflectUi.celebrate.planWeek}
          </button>
          <button type="button" className="button" onClick={() => navigate('reflect')}>
            {content.reflectUi.celebrate.backToList}
          </button>
        </div>
      </section>
    );
  }

  const baseId = `step${step}`;
  const common = { errors, baseId, detail };
  const screens: Record<StepNumber, () => ReactNode> = {
    1: () => (
      <StepAccept
        {...common}
        answers={answersFor(1)}
        onChange={change}
        recoveryUntil={(autosave.reflection ?? detail.reflection)?.recoveryUntil ?? null}
      />
    ),
    2: () => <StepRedirect {...common} answers={answersFor(2)} onChange={change} />,
    3: () => <StepFeedback {...common} answers={answersFor(3)} onChange={change} />,
    4: () => <StepPersonal {...common} answers={answersFor(4)} onChange={change} />,
    5: () => <StepUpgrade {...common} answers={answersFor(5)} onChange={change} />,
    6: () => <StepForward {...common} answers={answersFor(6)} onChange={change} />,
    7: () => <StepCelebrate {...common} answers={answersFor(7)} onChange={change} moodBefore={answersFor(1).intensity} />,
  };

  return (
    <div className="flow">
      <div className="flow-top">
        <p className="flow-about">{fillTemplate(copy.about, { company: detail.rejection.company })}</p>
        <FaqPanel />
      </div>
      <nav aria-label={copy.progressLabel}>
        <ol className="progress">
          {steps.map((entry) => (
            <li
              key={entry.id}
              className={entry.number < step ? 'past' : entry.number === step ? 'current' : undefined}
              aria-current={entry.number === step ? 'step' : undefined}
            >
              <span className="progress-dot" aria-hidden="true">
                {entry.number}
              </span>
              <span className="progress-title">{entry.title}</span>
            </li>
          ))}
        </ol>
      </nav>
      <section className="card step" aria-labelledby="step-heading">
        <p className="step-count">
          {fillTemplate(copy.progress, { step: String(step), total: String(steps.length) })}
          {meta.optional ? <span className="badge">{copy.optional}</span> : null}
        </p>
        <h2 id="step-heading" ref={heading} tabIndex={-1}>
          {meta.title}
        </h2>
        <p className="lead">{meta.lead}</p>
        <div className="step-body" onBlur={() => void autosave.flush()}>
          {screens[step]()}
        </div>
      </section>
      <div className="flow-actions">
        <div className="flow-actions-left">
          {step > 1 ? (
            <button type="button" className="button" disabled={busy} onClick={() => void goTo((step - 1) as StepNumber)}>
              {copy.back}
            </button>
          ) : null}
          <button type="button" className="button subtle" onClick={() => void finishLater()}>
            {copy.finishLater}
          </button>
        </div>
        <SaveStatus state={autosave.state} />
        <div className="flow-actions-right">
          {meta.optional ? (
            <button type="button" className="button subtle" disabled={busy} onClick={() => void goTo((step + 1) as StepNumber, true)}>
              {copy.skip}
            </button>
          ) : null}
          {step < 7 ? (
            <button type="button" className="button primary" disabled={busy} onClick={() => void goTo((step + 1) as StepNumber)}>
              {copy.next}
            </button>
          ) : (
            <button type="button" className="button primary" disabled={busy} onClick={() => void onFinish()}>
              {copy.finish}
            </button>
          )}
        </div>
      </div>
      <FormError message={notice} />
    </div>
  );
}
