import { content } from '../../../content';
import { useApiMutation, useApiQuery } from '../ipc/queries';
import './companion.css';
import { FormError } from '../components/SaveRow';

/**
 * The one-time suggestion to start at login, shown in Settings beside the
 * switch once a week is planned. Answering either way (or dismissing) means
 * it never comes back.
 */
export function LaunchAtLoginOffer() {
  const copy = content.reminders.settings;
  const status = useApiQuery('reminders:status');
  const accept = useApiMutation('companion:setLaunchAtLogin');
  const dismiss = useApiMutation('companion:dismissLaunchOffer');
  if (!status.data?.launchAtLogin.offer) return null;
  const error = accept.error ?? dismiss.error;
  return (
    <section className="card offer-card" aria-labelledby="launch-offer-heading">
      <h2 id="launch-offer-heading" className="small-heading">
        {copy.offerTitle}
      </h2>
      <p>{copy.offerBody}</p>
      <div className="pause-actions">
        <button type="button" className="button primary" onClick={() => accept.mutate({ enabled: true })} disabled={accept.isPending}>
          {copy.offerAccept}
        </button>
        <button type="button" className="button" onClick={() => dismiss.mutate(undefined)} disabled={dismiss.isPending}>
          {copy.offerDismiss}
        </button>
      </div>
      <FormError message={error?.message} />
    </section>
  );
}
