import { useEffect, useId, useRef } from 'react';
import { content } from '../../../content';
import { settingsPatchSchema, type Settings, type SettingsPatch } from '../../../electron/core/settings/schema';
import type { ViewProps } from '../components/navigation';
import { ViewHeader } from '../components/ViewHeader';
import { DataSection } from './DataSection';
import { TransferSection } from './TransferSection';
import { ImportSection } from './ImportSection';
import { EmailSection } from './EmailSection';
import { fieldsOf } from '../../../electron/core/ipc/fieldErrors';
import { withNumberHint } from '../components/useFieldErrors';
import { useApiQuery, useApiSave } from '../ipc/queries';
import { useAutosavedForm } from '../components/useAutosavedForm';
import { SaveStatus } from '../components/SaveStatus';
import { RemindersSection } from './RemindersSection';
import { LanguageSection } from './LanguageSection';

type TargetKey = keyof Settings['targets'];

const plannerCopy = content.planner.settings;

const targetKeys = ['search', 'apply', 'followUp', 'network', 'learn', 'volunteer'] as const satisfies readonly TargetKey[];

interface Draft {
  weekStartsOn: string;
  targets: Record<TargetKey, string>;
  followUpAfterDays: string;
  silenceAfterDays: string;
  streakRule: { minApply: string; minFollowUp: string };
  theme: Settings['theme'];
  yourName: string;
}

function toDraft(settings: Settings): Draft {
  const targets = Object.fromEntries(Object.entries(settings.targets).map(([key, value]) => [key, String(value)])) as Record<
    TargetKey,
    string
  >;
  return {
    weekStartsOn: String(settings.weekStartsOn),
    targets,
    followUpAfterDays: String(settings.followUpAfterDays),
    silenceAfterDays: String(settings.silenceAfterDays),
    streakRule: { minApply: String(settings.streakRule.minApply), minFollowUp: String(settings.streakRule.minFollowUp) },
    theme: settings.theme,
    yourName: settings.yourName,
  };
}

/** Number inputs give strings; an empty or odd one becomes NaN so the schema names the field. */
const toNumber = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

function toPatch(draft: Draft) {
  return {
    weekStartsOn: toNumber(draft.weekStartsOn),
    targets: Object.fromEntries(Object.entries(draft.targets).map(([key, value]) => [key, toNumber(value)])),
    followUpAfterDays: toNumber(draft.followUpAfterDays),
    silenceAfterDays: toNumber(draft.silenceAfterDays),
    streakRule: { minApply: toNumber(draft.streakRule.minApply), minFollowUp: toNumber(draft.streakRule.minFollowUp) },
    theme: draft.theme,
    yourName: draft.yourName,
  };
}

export default function SettingsView({ action, navigate }: ViewProps) {
  const copy = content.views.settings;
  const settings = useApiQuery('settings:get');
  if (!settings.data) {
    return (
      <>
        <ViewHeader title={copy.title} />
        {settings.error ? <p role="alert">{settings.error.message}</p> : <p role="status">{copy.loading}</p>}
      </>
    );
  }
  return (
    <>
      <ViewHeader title={copy.title}>
        <p className="lead">{copy.intro}</p>
      </ViewHeader>
      <LanguageSection settings={settings.data} />
      <SettingsForm settings={settings.data} focusTargets={action === 'targets'} />
      <RemindersSection settings={settings.data} />
      <DataSection />
      <TransferSection />
      <ImportSection />
      <EmailSection navigate={navigate} />
    </>
  );
}

/** Checks a draft like main will, so a mistake shows at once beside its field; main checks again. */
function checkDraft(draft: Draft) {
  const candidate = toPatch(draft);
  const patch = settingsPatchSchema.safeParse(candidate);
  if (patch.success) return { ok: true as const, data: patch.data };
  return { ok: false as const, errors: withNumberHint(fieldsOf(patch.error), candidate, content.views.settings.wholeNumber) };
}

function SettingsForm({ settings, focusTargets }: { settings: Settings; focusTargets: boolean }) {
  const copy = content.views.settings;
  const save = useApiSave('settings:update');
  const {
    draft,
    update: setDraft,
    fields,
    state,
    formProps,
  } = useAutosavedForm({ initial: toDraft(settings), check: checkDraft, save: (patch: SettingsPatch) => save(patch) });
  const { field, message: errorFor } = fields;
  const targetsRef = useRef<HTMLFieldSetElement>(null);
  const id = useId();

  useEffect(() => {
    if (focusTargets) targetsRef.current?.querySelector('input')?.focus();
  }, [focusTargets]);

  return (
    <form className="card settings-form" {...formProps} aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">{copy.weekTitle}</h2>
      <div className="field">
        <label htmlFor={`${id}-week-start`}>{copy.weekStartsOn}</label>
        <select
          id={`${id}-week-start`}
          value={draft.weekStartsOn}
          onChange={(event) => setDraft({ ...draft, weekStartsOn: event.target.value })}
          {...field('weekStartsOn')}
        >
          <option value="1">{copy.days['1']}</option>
          <option value="0">{copy.days['0']}</option>
          <option value="6">{copy.days['6']}</option>
        </select>
        {errorFor('weekStartsOn')}
      </div>

      <fieldset ref={targetsRef} className="targets">
        <legend>{copy.targetsLegend}</legend>
        <p className="hint">{copy.targetsHint}</p>
        <div className="target-grid">
          {targetKeys.map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-target-${key}`}>{copy.targets[key].label}</label>
              <input
                id={`${id}-target-${key}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={1000}
                value={draft.targets[key]}
                onChange={(event) => setDraft({ ...draft, targets: { ...draft.targets, [key]: event.target.value } })}
                {...field(`targets.${key}`)}
              />
              <span className="hint">{copy.targets[key].hint}</span>
              {errorFor(`targets.${key}`)}
            </div>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-follow-up`}>{copy.followUpAfter}</label>
        <input
          id={`${id}-follow-up`}
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          value={draft.followUpAfterDays}
          onChange={(event) => setDraft({ ...draft, followUpAfterDays: event.target.value })}
          {...field('followUpAfterDays')}
        />
        {errorFor('followUpAfterDays')}
      </div>

      <div className="field">
        <label htmlFor={`${id}-silence`}>{plannerCopy.silenceAfterDays}</label>
        <input
          id={`${id}-silence`}
          type="number"
          inputMode="numeric"
          min={3}
          max={180}
          value={draft.silenceAfterDays}
          onChange={(event) => setDraft({ ...draft, silenceAfterDays: event.target.value })}
          {...field('silenceAfterDays')}
        />
        {errorFor('silenceAfterDays')}
      </div>

      <fieldset className="targets">
        <legend>{plannerCopy.streakLegend}</legend>
        <p className="hint">{plannerCopy.streakHint}</p>
        <div className="target-grid">
          {(['minApply', 'minFollowUp'] as const).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-streak-${key}`}>{plannerCopy[key]}</label>
              <input
                id={`${id}-streak-${key}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                value={draft.streakRule[key]}
                onChange={(event) => setDraft({ ...draft, streakRule: { ...draft.streakRule, [key]: event.target.value } })}
                {...field(`streakRule.${key}`)}
              />
              {errorFor(`streakRule.${key}`)}
            </div>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-your-name`}>{copy.yourName}</label>
        <input
          id={`${id}-your-name`}
          type="text"
          autoComplete="name"
          value={draft.yourName}
          onChange={(event) => setDraft({ ...draft, yourName: event.target.value })}
          {...field('yourName', `${id}-your-name-hint`)}
        />
        <p className="hint" id={`${id}-your-name-hint`}>
          {copy.yourNameHint}
        </p>
        {errorFor('yourName')}
      </div>

      <fieldset className="theme-choice">
        <legend>{copy.appearance}</legend>
        {(['system', 'light', 'dark'] as const).map((theme) => (
          <label key={theme} className="radio">
            <input
              type="radio"
              name={`${id}-theme`}
              value={theme}
              checked={draft.theme === theme}
              onChange={() => setDraft({ ...draft, theme })}
            />
            {copy.themes[theme]}
          </label>
        ))}
      </fieldset>

      <div className="form-actions">
        <SaveStatus state={state} />
        {fields.formMessage()}
      </div>
    </form>
  );
}
