import { useId, useState, type FormEvent } from 'react';
import { content } from '../../../content';
import type { CompanionStatus } from '../../../electron/core/reminders/schema';
import { useApiMutation } from '../ipc/queries';
import { useFieldErrors } from '../components/useFieldErrors';
import { SaveRow } from '../components/SaveRow';
import { FormError } from '../components/SaveRow';

/** Launch at login and the global shortcut: both ask the system first and save nothing it refuses. */
export function StartupSection({ status }: { status: CompanionStatus }) {
  const copy = content.reminders.settings;
  const id = useId();
  const launch = useApiMutation('companion:setLaunchAtLogin');
  const shortcut = useApiMutation('companion:setShortcut');
  const [enabled, setEnabled] = useState(status.shortcut.enabled);
  const [accelerator, setAccelerator] = useState(status.shortcut.accelerator);
  const [saved, setSaved] = useState(false);
  const { errors, clear, fromError, field, message: errorFor } = useFieldErrors();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    shortcut.mutate(
      { enabled, accelerator },
      {
        onSuccess: (next) => {
          clear();
          setAccelerator(next.shortcut.accelerator);
          setSaved(true);
        },
        onError: fromError,
      },
    );
  };

  return (
    <form className="card startup-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
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
            checked={enabled}
            onChange={(event) => {
              setSaved(false);
              setEnabled(event.target.checked);
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
            value={accelerator}
            onChange={(event) => {
              setSaved(false);
              setAccelerator(event.target.value);
            }}
            {...field('accelerator')}
          />
          <span className="hint">{copy.shortcutHint}</span>
          {errorFor('accelerator')}
        </div>
        {status.shortcut.enabled && !status.shortcut.active ? <p className="form-error">{copy.shortcutInactive}</p> : null}
      </fieldset>
      <SaveRow label={copy.shortcutSave} pending={shortcut.isPending} savedMessage={saved ? copy.shortcutSaved : null} error={errors._} />
    </form>
  );
}
