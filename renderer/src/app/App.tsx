import { Suspense, useState } from 'react';
import type { View } from '../../../electron/core/app/contract';
import { content } from '../../../content';
import { ViewIcon } from '../components/Icon';
import type { ViewProps } from '../components/navigation';
import { FocusOnOpen } from '../components/ViewHeader';
import { ViewLoading } from '../components/ViewLoading';
import { useDataChangedRefresh } from '../ipc/queries';
import { Notices } from './Notices';
import { hashFor } from '../components/navigation';
import { useRoute, viewNames } from './route';
import { useTheme } from './useTheme';
import { viewComponent } from './views';

/** One visit of a view. Its component is chosen once per visit: swapping the lazy stand-in for the loaded view mid-visit would remount it. */
function ViewSlot({ view, ...props }: ViewProps & { view: View }) {
  const [Component] = useState(() => viewComponent(view));
  return <Component {...props} />;
}

export function App() {
  const { view, action, navigate, moved } = useRoute();
  useDataChangedRefresh();
  useTheme();
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('view-title')?.focus();
        }}
      >
        {content.views.app.skipToContent}
      </a>
      <aside className="sidebar">
        <div className="brand" aria-hidden="true">
          <span className="brand-mark" />
          <span className="brand-name">Rebound</span>
        </div>
        <nav aria-label={content.views.app.navLabel}>
          <ul>
            {viewNames.map((id) => (
              <li key={id}>
                <a
                  href={hashFor(id)}
                  aria-current={view === id ? 'page' : undefined}
                  aria-label={content.views[id].title}
                  title={content.views[id].title}
                >
                  <ViewIcon view={id} />
                  <span className="nav-label">{content.views[id].title}</span>
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
          <Suspense fallback={<ViewLoading label={content.views.app.loading} />}>
            <ViewSlot key={view} view={view} action={action} navigate={navigate} />
          </Suspense>
        </FocusOnOpen.Provider>
      </main>
    </div>
  );
}
