import { lazy, Suspense } from 'react';
import type { View } from '../../../electron/core/app/contract';
import { content } from '../../../content';
import { ViewIcon } from '../components/Icon';
import { FocusOnOpen } from '../components/ViewHeader';
import { useDataChangedRefresh } from '../ipc/queries';
import { Notices } from './Notices';
import { hashFor, useRoute } from './route';
import { useTheme } from './useTheme';

const views = {
  today: lazy(() => import('../today/TodayView')),
  reflect: lazy(() => import('../reflect/ReflectView')),
  plan: lazy(() => import('../plan/PlanView')),
  wins: lazy(() => import('../wins/WinsView')),
  settings: lazy(() => import('../settings/SettingsView')),
} satisfies Record<View, unknown>;

const navOrder: View[] = ['today', 'reflect', 'plan', 'wins', 'settings'];

export interface ViewProps {
  action: string | null;
  navigate: (view: View, action?: string | null) => void;
}

export function App() {
  const { view, action, navigate, moved } = useRoute();
  useDataChangedRefresh();
  useTheme();
  const Current = views[view];
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        document.getElementById('view-title')?.focus();
      }}>
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          <span className="brand-name">Rebound</span>
        </div>
        <nav aria-label="Main">
          <ul>
            {navOrder.map((id) => (
              <li key={id}>
                <a href={hashFor(id)} aria-current={view === id ? 'page' : undefined}>
                  <ViewIcon view={id} />
                  <span>{content.views[id].title}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="tagline">{content.views.app.tagline}</p>
      </aside>
      <main id="main" className="main" aria-labelledby="view-title">
        <Notices />
        <FocusOnOpen.Provider value={moved}>
          <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
            <Current key={view} action={action} navigate={navigate} />
          </Suspense>
        </FocusOnOpen.Provider>
      </main>
    </div>
  );
}
