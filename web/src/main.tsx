import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App, type Workspace } from './app/App';
import './app/app.css';
import { currentSession, restoreSession } from './features/auth/session';
import { usesWorkspace } from './features/district/roles';
import { startSyncLoop } from './features/outbox/sync-runner';
import { initI18n } from './i18n/i18n';

// Reads always run their query function: it answers the phone's copy when there is no connection.
const queryClient = new QueryClient({ defaultOptions: { queries: { networkMode: 'always', retry: false, staleTime: 30_000 } } });

async function start(): Promise<void> {
  await Promise.all([initI18n(), restoreSession()]);
  // A district officer reopening the workspace gets it loaded before the first render: rendering it lazily would
  // suspend, and React holds a revealed Suspense boundary back for about 300 ms (measured: the dashboard's first
  // request left 290 ms after the page had rendered). After a fresh login it still loads lazily.
  const session = currentSession();
  const workspace: Workspace | undefined = session && usesWorkspace(session.user) ? (await import('./features/district/DistrictApp')).default : undefined;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App workspace={workspace} />
      </QueryClientProvider>
    </StrictMode>,
  );
  startSyncLoop(queryClient);
  registerSW({ immediate: true });
}

void start();
