import { useApiMutation } from '../ipc/queries';
import { ApplicationDetails } from './ApplicationDetails';

/**
 * One application opened by address (`#/plan?application-12`: the link on a rejection's page, Today's
 * next interview): its details in the side panel over the list, which takes the focus to its heading;
 * closing it leaves the person on all applications.
 */
export function OpenedApplication({
  id,
  today,
  onClose,
  onDeleted,
}: {
  id: number;
  today: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const setStatus = useApiMutation('applications:setStatus');
  return (
    <ApplicationDetails
      id={id}
      today={today}
      onClose={onClose}
      onDeleted={onDeleted}
      onStatus={(appId, status) => setStatus.mutate({ id: appId, status })}
    />
  );
}
