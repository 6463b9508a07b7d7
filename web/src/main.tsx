import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/App';
import './app/app.css';
import { restoreSession } from './features/auth/session';
import { startSyncLoop } from './features/outbox/sync-runner';
import { initI18n } from './i18n/i18n';

// Reads always run their query function: it answers the phone's copy when there is no connection.
const queryClient = new QueryClient({ defaultOptions: { queries: { networkMode: 'always', retry: false, staleTime: 30_000 } } });

async function start(): Promise<void> {
  await Promise.all([initI18n(), restoreSession()]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
  startSyncLoop(queryClient);
  registerSW({ immediate: true });
}

void start();
