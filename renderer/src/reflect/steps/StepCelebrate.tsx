import { content } from '../../../../content';
import type { EffortWinId } from '../../../../electron/core/reflection/schema';
import { Scale } from '../fields';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const copy = content.reflectUi.celebrate;
const prompts = promptsFor(7);

/** Step 7: the effort wins, pre-ticked; the weight of it again; before and after side by side. */
export function StepCelebrate({ answers, onChange, errors, baseId, detail, moodBefore }: StepProps<7> & { moodBefore: number | null }) {
  const toggle = (id: EffortWinId, on: boolean) =>
    onChange({ ...answers, wins: on ? [...answers.wins, id] : answers.wins.filter((win) => win !== id) });
  return (
    <>
      <fieldset className="pick-list">
        <legend>{copy.winsHeading}</legend>
        <p className="hint">{prompts.wins}</p>
        <div className="checks">
          {detail.offeredWins.map((id) => (
            <label key={id} className="check win-check">
              <input type="checkbox" checked={answers.wins.includes(id)} onChange={(event) => toggle(id, event.target.checked)} />
              {copy.winLabels[id]}
            </label>
          ))}
        </div>
      </fieldset>
      <Scale
        legend={prompts.moodAfter}
        value={answers.moodAfter}
        onChange={(moodAfter) => onChange({ ...answers, moodAfter })}
        name="moodAfter"
        errors={errors}
        baseId={baseId}
        low={content.reflectUi.accept.light}
        high={content.reflectUi.accept.heavy}
      />
      <MoodCompare before={moodBefore} after={answers.moodAfter} />
    </>
  );
}

/** Before and after on the same 1 (light) to 10 (heavy) scale, side by side. */
export function MoodCompare({ before, after }: { before: number | null; after: number | null }) {
  return (
    <section className="mood-compare" aria-label={prompts.beforeAfter}>
      <p className="hint">{prompts.beforeAfter}</p>
      <div className="mood-pair">
        {[
          { label: copy.before, value: before },
          { label: copy.after, value: after },
        ].map(({ label, value }) => (
          <div key={label} className="mood">
            <span className="mood-label">{label}</span>
            <span className="mood-value">{value ?? '–'}</span>
            <meter className="mood-bar" min={0} max={10} value={value ?? 0} aria-hidden="true" />
          </div>
        ))}
      </div>
      <p className="hint">{copy.scaleNote}</p>
    </section>
  );
}
