import type { Settings } from '../../../electron/core/settings/schema';
import { useApiQuery } from '../ipc/queries';
import { LaunchAtLoginOffer } from './LaunchAtLoginOffer';
import { PauseControls } from './PauseControls';
import { RemindersForm } from './RemindersForm';
import { StartupSection } from './StartupSection';
import './companion.css';

/** Settings' companion part: the launch suggestion, the pause, the reminders form, start-up and shortcut. */
export function RemindersSection({ settings }: { settings: Settings }) {
  const status = useApiQuery('reminders:status');
  return (
    <>
      <LaunchAtLoginOffer />
      {status.data ? <PauseControls status={status.data} /> : null}
      <RemindersForm reminders={settings.reminders} />
      {status.data ? <StartupSection status={status.data} /> : null}
      {status.error ? <p role="alert">{status.error.message}</p> : null}
    </>
  );
}
