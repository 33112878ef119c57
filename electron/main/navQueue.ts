import type { Events } from '../core/ipc/contract';

type Nav = Events['nav:open'];

/**
 * Holds the last "show this view" until the page says it listens. A tray or
 * notification click during a launch or a reload would otherwise send
 * `nav:open` to a page that has not subscribed yet, and be lost. Only the
 * last request matters: the person asked for one place.
 */
export function createNavQueue(deliver: (nav: Nav) => void) {
  let ready = false;
  let pending: Nav | null = null;
  return {
    open(nav: Nav): void {
      if (ready) deliver(nav);
      else pending = nav;
    },
    /** The page subscribed (app:ready): what waited goes now. */
    pageReady(): void {
      ready = true;
      const waiting = pending;
      pending = null;
      if (waiting) deliver(waiting);
    },
    /** The page is loading again (reload, a crash): it must say it is ready anew. */
    pageGone(): void {
      ready = false;
    },
    pending: () => pending,
  };
}

export type NavQueue = ReturnType<typeof createNavQueue>;
