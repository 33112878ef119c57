import { useId } from 'react';
import { content } from '../../../content';
import type { CompanionStatus } from '../../../electron/core/reminders/schema';
import { useApiMutation, useApiSave } from '../ipc/queries';
import { useAutosavedForm } from '../components/useAutosavedForm';
import { SaveStatus } from '../components/SaveStatus';
import { FormError } from '../components/SaveRow';

/** Launch at login and the global shortcut: both ask the system first and save nothing it refuses. */
export function StartupSection({ status }: { status: CompanionStatus }) {
  const copy = content.reminders.settings;
  const id = useId();
  const launch = useApiMutation('companion:setLaunchAtLogin');
  const setShortcut = useApiSave('companion:setShortcut');
  // Each try asks the system to take the keys, so half-typed keys are never tried: the shortcut is
  // written when the person leaves the field (or the window hides), its switch at once.
  const { draft, update, fields, state, flush, formProps } = useAutosavedForm({
    initial: { enabled: status.shortcut.enabled, accelerator: status.shortcut.accelerator },
    check: (next: { enabled: boolean; accelerator: string }) => ({ ok: true as const, data: next }),
    save: (next: { enabled: boolean; accelerator: string }) => setShortcut(next),
    debounceMs: null,
  });
  const { field, message: errorFor } = fields;

  return (
    <form className="card startup-form" {...formProps} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{copy.startupHeading}</h2>
      <label className="switch">
        <input
          type="checkbox"
          checked={status.launchAtLogin.enabled}
          disabled={launch.isPending}
          onChange={(event) => launch.mutate({ enabled: event.target.checked })}
        />
        <span>
          {copy.launchAtLogin}
          <span className="hint block">{copy.launchAtLoginHint}</span>
        </span>
      </label>
      <FormError message={launch.error?.message} />

      <fieldset className="shortcut-group">
        <legend>{copy.shortcut}</legend>
        <label className="switch">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(event) => {
              update({ ...draft, enabled: event.target.checked });
              void flush();
            }}
          />
          <span>{copy.shortcutEnabled}</span>
        </label>
        <div className="field compact">
          <label htmlFor={`${id}-accelerator`}>{copy.shortcutKeys}</label>
          <input
            id={`${id}-accelerator`}
            type="text"
            spellCheck={false}
            autoComplete="off"
            maxLength={100}
            value={draft.accelerator}
            onChange={(event) => update({ ...draft, accelerator: event.target.value })}
            {...field('accelerator')}
          />
          <span className="hint">{copy.shortcutHint}</span>
          {errorFor('accelerator')}
        </div>
        {status.shortcut.enabled && !status.shortcut.active ? <p className="form-error">{copy.shortcutInactive}</p> : null}
      </fieldset>
      <div className="form-actions">
        <SaveStatus state={state} />
        {fields.formMessage()}
      </div>
    </form>
  );
}
