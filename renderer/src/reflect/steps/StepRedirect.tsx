import { content } from '../../../../content';
import type { ReasonId, RejectionRound } from '../../../../electron/core/reflection/schema';
import { formatMoment } from '../../components/format';
import { describedBy, FieldError } from '../fields';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const prompts = promptsFor(2);
const words = content.reflectUi.redirect;

/** The application's rounds and what was noted after each: read back quietly, as context, never graded. */
function RoundsRecap({ rounds, baseId }: { rounds: RejectionRound[]; baseId: string }) {
  return (
    <section className="rounds-recap" aria-labelledby={`${baseId}-rounds`}>
      <h3 id={`${baseId}-rounds`}>{words.roundsHeading}</h3>
      <p className="hint">{words.roundsIntro}</p>
      <ol>
        {rounds.map((round) => (
          <li key={round.id}>
            <p className="round-when">
              <strong>{content.planner.interviewKinds[round.kind]}</strong> ·{' '}
              <time dateTime={round.startsAt}>{formatMoment(round.startsAt)}</time>
            </p>
            {round.howItWent.trim() ? <p className="round-note">{round.howItWent}</p> : <p className="hint">{words.roundNoNote}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Step 2: tag the likely reasons and sketch the role that would fit better. */
export function StepRedirect({ answers, onChange, errors, baseId, detail }: StepProps<2>) {
  const toggle = (id: ReasonId, on: boolean) =>
    onChange({ ...answers, reasons: on ? [...answers.reasons, id] : answers.reasons.filter((reason) => reason !== id) });
  return (
    <>
      {detail.rounds.length > 0 ? <RoundsRecap rounds={detail.rounds} baseId={baseId} /> : null}
      <fieldset className="pick-list" {...describedBy(errors, 'reasons', baseId)}>
        <legend>{prompts.reasons}</legend>
        <div className="checks">
          {content.reflection.reasons.map((reason) => (
            <label key={reason.id} className="check">
              <input
                type="checkbox"
                checked={answers.reasons.includes(reason.id as ReasonId)}
                onChange={(event) => toggle(reason.id as ReasonId, event.target.checked)}
              />
              {reason.label}
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="reasons" baseId={baseId} />
      </fieldset>
      <div className="field wide">
        <label htmlFor={`${baseId}-fit`}>{prompts.betterFit}</label>
        <textarea
          id={`${baseId}-fit`}
          rows={5}
          value={answers.betterFit}
          onChange={(event) => onChange({ ...answers, betterFit: event.target.value })}
          {...describedBy(errors, 'betterFit', baseId)}
        />
        <FieldError errors={errors} name="betterFit" baseId={baseId} />
      </div>
    </>
  );
}
