import { lazy, type ComponentType } from 'react';
import type { View } from '../../../electron/core/app/contract';
import type { ViewProps } from '../components/navigation';

type ViewModule = { default: ComponentType<ViewProps> };

const loaders = {
  today: () => import('../today/TodayView'),
  reflect: () => import('../reflect/ReflectView'),
  plan: () => import('../plan/PlanView'),
  wins: () => import('../wins/WinsView'),
  settings: () => import('../settings/SettingsView'),
} satisfies Record<View, () => Promise<ViewModule>>;

const loading = new Map<View, Promise<ViewModule>>();
const ready = new Map<View, ComponentType<ViewProps>>();

/**
 * What every view's chunk waits for: the locale's words written into the content tree. The page's
 * tree holds no words until then (content/page.ts), and a view's modules keep some lines as strings
 * the moment they load (a schema's messages), so none may load before. Set by firstView.ts; where
 * nothing sets it (the renderer tests, whose tree is English) a view loads at once.
 */
let wordsIn: Promise<unknown> = Promise.resolve();

export function loadViewsAfter(ready: Promise<unknown>): void {
  wordsIn = ready.catch(() => undefined);
}

/** Fetches a view's chunk (once), after the locale's words; resolves when the view can render without suspending. */
export function loadView(view: View): Promise<ViewModule> {
  let pending = loading.get(view);
  if (!pending) {
    pending = wordsIn
      .then(() => loaders[view]())
      .then((module) => {
        ready.set(view, module.default);
        return module;
      });
    // A failed fetch may be tried again (the lazy stand-in shows the failure where it renders).
    pending.catch(() => loading.delete(view));
    loading.set(view, pending);
  }
  return pending;
}

const lazyViews: Record<View, ComponentType<ViewProps>> = {
  today: lazy(() => loadView('today')),
  reflect: lazy(() => loadView('reflect')),
  plan: lazy(() => loadView('plan')),
  wins: lazy(() => loadView('wins')),
  settings: lazy(() => loadView('settings')),
};

/**
 * The component to mount for a view: the view itself once its chunk is in, a lazy stand-in that
 * suspends (the "Loading…" fallback) until then. A lazy component suspends on its first render even
 * when its chunk is already there, and React then holds back the view for 300 ms after a fallback
 * shows (so it does not flash): rendering a loaded view directly skips both.
 */
export function viewComponent(view: View): ComponentType<ViewProps> {
  return ready.get(view) ?? lazyViews[view];
}

/**
 * Fetches every view's chunk a little after the first view is up (its own reads go first), so a first
 * visit to another view renders it at once: no "Loading…" fallback, and so no 300 ms hold either.
 */
export function prefetchViews(afterMs = 1000): void {
  window.setTimeout(() => {
    for (const view of Object.keys(loaders) as View[]) loadView(view).catch(() => undefined);
  }, afterMs);
}
