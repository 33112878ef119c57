import { targetsSchema } from '../../../electron/core/settings/schema';
import type { Targets, Week } from '../../../electron/core/planner/schema';
import { useApiSave } from '../ipc/queries';
import { copy } from './format';
import { fieldsOf } from '../../../electron/core/ipc/fieldErrors';
import { withNumberHint, type FieldErrorsKit } from '../components/useFieldErrors';
import { useAutosavedForm } from '../components/useAutosavedForm';
import { SaveStatus } from '../components/SaveStatus';

const keys: (keyof Targets)[] = ['search', 'apply', 'followUp', 'network', 'learn', 'volunteer'];
const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export type TargetDraft = Record<keyof Targets, string>;
export const draftOf = (targets: Targets): TargetDraft => Object.fromEntries(keys.map((key) => [key, String(targets[key])])) as TargetDraft;

/** Checks a draft like main will, so a mistake shows at once; main checks again. */
export function parseTargets(draft: TargetDraft): { ok: true; targets: Targets } | { ok: false; errors: Record<string, string> } {
  const candidate = Object.fromEntries(keys.map((key) => [key, toNumber(draft[key])]));
  const parsed = targetsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, targets: parsed.data };
  return { ok: false, errors: withNumberHint(fieldsOf(parsed.error, 'targets.'), { targets: candidate }, copy.errors.wholeNumber) };
}

export function TargetInputs({
  draft,
  onChange,
  fields,
  idPrefix,
}: {
  draft: TargetDraft;
  onChange: (draft: TargetDraft) => void;
  fields: FieldErrorsKit;
  idPrefix: string;
}) {
  return (
    <div className="target-grid">
      {keys.map((key) => (
        <div className="field" key={key}>
          <label htmlFor={`${idPrefix}-${key}`}>{copy.targets[key]}</label>
          <input
            id={`${idPrefix}-${key}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={1000}
            value={draft[key]}
            onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
            {...fields.field(`targets.${key}`)}
          />
          {fields.message(`targets.${key}`)}
        </div>
      ))}
    </div>
  );
}

/** This week's own targets ("You can change a single week in Plan."), saved as they are typed. */
export function TargetsForm({ week }: { week: Week }) {
  const save = useApiSave('planner:setTargets');
  const { draft, update, fields, state, formProps } = useAutosavedForm({
    initial: draftOf(week.targets),
    check: (next: TargetDraft) => {
      const parsed = parseTargets(next);
      return parsed.ok ? { ok: true as const, data: parsed.targets } : parsed;
    },
    save: (targets: Targets) => save({ weekStart: week.weekStart, targets }),
  });
  return (
    <form className="card" {...formProps} aria-labelledby="week-targets-heading">
      <h2 id="week-targets-heading">{copy.plan.targetsHeading}</h2>
      <p className="hint">{copy.plan.targetsHint}</p>
      <TargetInputs draft={draft} onChange={update} fields={fields} idPrefix="week-target" />
      <div className="form-actions">
        <SaveStatus state={state} />
        {fields.formMessage()}
      </div>
    </form>
  );
}
