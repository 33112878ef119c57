import { useCallback, useEffect, useState } from 'react';
import type { View } from '../../../electron/core/app/contract';
import { hashFor } from '../components/navigation';

// A record, so tsc fails when the contract's list of views changes and this one does not; plain code, so
// reading the URL does not need zod before the first paint.
const known: Record<View, true> = { today: true, reflect: true, plan: true, wins: true, settings: true };

/** Every view, in the sidebar's order. */
export const viewNames = Object.keys(known) as View[];

const isView = (name: string | undefined): name is View => name !== undefined && Object.hasOwn(known, name);

export interface Route {
  view: View;
  /**
   * A one-off request from the tray, a notification or another view, e.g. "quick-log", or one that names
   * a record, e.g. "new-rejection-12" (reflect on application 12). Letters, digits and dashes only, at most 64.
   */
  action: string | null;
}

/**
 * `#/wins`, `#/wins?quick-log` or `#/reflect?new-rejection-12` → a route; anything unknown is Today.
 * An action is letters, digits and dashes only (at most 64), so an id can ride along but nothing else can.
 */
export function parseHash(hash: string): Route {
  const match = /^#\/([a-z]+)(?:\?([A-Za-z0-9-]{1,64}))?$/.exec(hash);
  const view = match?.[1];
  return isView(view) ? { view, action: match?.[2] ?? null } : { view: 'today', action: null };
}

/** The current view lives in the URL hash, so reloads and Back keep it. */
export function useRoute(): Route & { navigate: (view: View, action?: string | null) => void; moved: boolean } {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  // False until the person goes somewhere: the first view must not steal focus on launch.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    const onHashChange = () => {
      setMoved(true);
      setRoute(parseHash(window.location.hash));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback((view: View, action?: string | null) => {
    const next = hashFor(view, action);
    setMoved(true);
    if (window.location.hash === next) setRoute(parseHash(next));
    else window.location.hash = next;
  }, []);
  useEffect(() => {
    const unsubscribe = window.rebound.on['nav:open'](({ view, action }) => navigate(view, action ?? null));
    // Main holds a tray or notification click made while the page was loading until it hears this.
    void window.rebound.app.ready();
    return unsubscribe;
  }, [navigate]);
  return { ...route, navigate, moved };
}
