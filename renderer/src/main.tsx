// First, so the locale and then the first view's chunk are on their way before the rest of the app's code runs.
import { firstView, localeStarted } from './app/firstView';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { installDraftKeeper } from './components/draftKeeper';
import { prefetchViews } from './app/views';
import { createQueryClient } from './ipc/queries';
import './styles/app.css';

// Before the first render, so a page reloaded after a crash gets back what was being typed.
installDraftKeeper();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const mount = (element: HTMLElement) =>
  createRoot(element).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );

// The locale's catalogue and the first view's chunk are fetched before the first render, so the window
// opens on the view itself, in the person's language, rather than on "Loading…" (which React would then
// hold for 300 ms). Should the view fail, its lazy stand-in tries again and shows what went wrong.
void Promise.all([firstView.catch(() => undefined), localeStarted]).then(
  () => mount(root),
  () => mount(root),
);
prefetchViews();
