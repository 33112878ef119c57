import { content, fillTemplate } from '../../../../content';
import { AddOwn, FieldError, PickList } from '../fields';
import { promptsFor } from '../prompts';
import type { StepProps } from './stepProps';

const copy = content.reflectUi.personal;
const prompts = promptsFor(4);

/** Step 4: outside my control versus in my control, and the strengths I bring (kept for later). */
export function StepPersonal({ answers, onChange, errors, baseId, detail }: StepProps<4>) {
  const has = (item: string) => answers.strengths.some((entry) => entry.toLowerCase() === item.toLowerCase());
  const addStrength = (item: string) => {
    if (!has(item)) onChange({ ...answers, strengths: [...answers.strengths, item] });
  };
  const earlier = detail.earlierStrengths.filter((item) => !has(item));
  return (
    <>
      <div className="reflect-columns">
        <PickList
          legend={
            <>
              <span className="legend-title">{copy.outsideHeading}</span>
              <span className="hint block">{prompts.outside}</span>
            </>
          }
          options={content.reflection.controlFactors.outside}
          selected={answers.outside}
          onChange={(outside) => onChange({ ...answers, outside })}
          addLabel={copy.addOutside}
          addButton={copy.add}
          baseId={baseId}
          errors={errors}
          name="outside"
          maxLength={300}
        />
        <PickList
          legend={
            <>
              <span className="legend-title">{copy.insideHeading}</span>
              <span className="hint block">{prompts.inside}</span>
            </>
          }
          options={content.reflection.controlFactors.inside}
          selected={answers.inside}
          onChange={(inside) => onChange({ ...answers, inside })}
          addLabel={copy.addInside}
          addButton={copy.add}
          baseId={baseId}
          errors={errors}
          name="inside"
          maxLength={300}
        />
      </div>
      <section className="strengths" aria-labelledby={`${baseId}-strengths`}>
        <h3 id={`${baseId}-strengths`}>{copy.strengthsHeading}</h3>
        <p className="hint">{prompts.strengths}</p>
        {answers.strengths.length ? (
          <ul className="strength-list">
            {answers.strengths.map((item) => (
              <li key={item}>
                <span>{item}</span>
                <button
                  type="button"
                  className="remove-strength"
                  aria-label={fillTemplate(copy.remove, { item })}
                  onClick={() => onChange({ ...answers, strengths: answers.strengths.filter((entry) => entry !== item) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <AddOwn label={copy.addStrength} button={copy.add} baseId={`${baseId}-strength-add`} maxLength={300} onAdd={addStrength} />
        <FieldError errors={errors} name="strengths" baseId={baseId} />
        {earlier.length ? (
          <div className="earlier">
            <p className="hint">{copy.earlier}</p>
            <div className="chips">
              {earlier.map((item) => (
                <button
                  key={item}
                  type="button"
                  className="chip-button"
                  aria-label={fillTemplate(copy.addBack, { item })}
                  onClick={() => addStrength(item)}
                >
                  + {item}
                </button>
              ))}
            </div>
          </div>
        ) : null}
      </section>
    </>
  );
}
