import { db } from '../../db/db';
import { useLiveQuery } from '../../db/live-query';
import { countWaiting, listOutbox } from './outbox';

export function useOutboxCounts(username: string) {
  return useLiveQuery(() => countWaiting(db, username), [username]);
}

export function useOutboxRecords(username: string) {
  return useLiveQuery(() => listOutbox(db, username), [username]);
}
