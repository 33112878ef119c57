import { content } from '../../../content';
import { useApiMutation, useApiQuery } from '../ipc/queries';

/** Things main needs to tell the person once, such as a settings file that was kept aside. */
export function Notices() {
  const info = useApiQuery('app:info');
  const dismiss = useApiMutation('app:dismissNotice');
  const notices = info.data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <div key={notice.id} className="notice">
          <p>{notice.message}</p>
          <button type="button" className="button" onClick={() => dismiss.mutate({ id: notice.id })}>
            {content.views.app.gotIt}
          </button>
        </div>
      ))}
    </div>
  );
}
