import { Notification } from 'electron';
import type { ReminderNotice } from '../core/reminders/notice';

/**
 * Shows a reminder as a system notification; a click opens its view. Live
 * notifications are kept referenced until clicked or closed, or a garbage-
 * collected one would lose its click handler (a few at most are kept).
 */
export function createNotifier(open: (nav: ReminderNotice['nav']) => void, icon?: string) {
  const live = new Set<Notification>();
  return {
    supported: () => Notification.isSupported(),
    show(notice: ReminderNotice): Notification | null {
      if (!Notification.isSupported()) return null;
      const notification = new Notification({ title: notice.title, body: notice.body, ...(icon ? { icon } : {}) });
      const forget = () => live.delete(notification);
      notification.on('click', () => {
        forget();
        open(notice.nav);
      });
      notification.on('close', forget);
      live.add(notification);
      if (live.size > 5) live.delete(live.values().next().value as Notification);
      notification.show();
      return notification;
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
