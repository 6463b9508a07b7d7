import type { QueryClient } from '@tanstack/react-query';
import { db } from '../../db/db';
import { currentSession } from '../auth/session';
import { movementTransport } from './movement-transport';
import { syncOutbox, type SyncSummary } from './outbox';

/** While records wait, try again this often in the foreground (Android WebViews have no Background Sync). */
const RETRY_INTERVAL_MS = 15_000;

let queryClient: QueryClient | undefined;

/** Sends what waits now, if someone is signed in with a usable session; refreshes the reads after a send. */
export async function requestSync(): Promise<SyncSummary | undefined> {
  const session = currentSession();
  if (!session || session.expired) return undefined;
  const summary = await syncOutbox(db, session.username, movementTransport);
  if (summary.sent + summary.refused > 0) await queryClient?.invalidateQueries();
  return summary;
}

/** Sends at start, when the connection comes back, when the app comes to the front, and on a timer while open. */
export function startSyncLoop(client: QueryClient): () => void {
  queryClient = client;
  const trigger = () => void requestSync();
  const onVisible = () => {
    if (document.visibilityState === 'visible') trigger();
  };
  window.addEventListener('online', trigger);
  document.addEventListener('visibilitychange', onVisible);
  const timer = window.setInterval(trigger, RETRY_INTERVAL_MS);
  trigger();
  return () => {
    window.removeEventListener('online', trigger);
    document.removeEventListener('visibilitychange', onVisible);
    window.clearInterval(timer);
  };
}
