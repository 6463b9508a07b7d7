import { useSyncExternalStore } from 'react';
import { api, asProblem, useBearer, type Problem } from '../../api/client';
import type { components } from '../../api/schema';
import { db, type StoredSession } from '../../db/db';

export type User = components['schemas']['UserResponse'];

export interface Session extends StoredSession {
  user: User;
  /** The server refused the access token: the user must sign in again to send (nothing captured is lost). */
  expired?: boolean;
}

let current: Session | undefined;
const listeners = new Set<() => void>();

function publish(next: Session | undefined): void {
  current = next;
  for (const listener of listeners) listener();
}

useBearer(() => current?.accessToken);

/** Reads the device's session at start-up: the app opens signed in, with or without a connection. */
export async function restoreSession(): Promise<void> {
  const stored = (await db.session.get('current')) as Session | undefined;
  publish(stored ? { ...stored, expired: stored.accessExpiresAt <= Date.now() } : undefined);
}

export function currentSession(): Session | undefined {
  return current;
}

export function useSession(): Session | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export async function logIn(username: string, password: string): Promise<Problem | undefined> {
  const { data, error, response } = await api.POST('/api/v1/auth/login', { body: { username, password } });
  if (!data) return asProblem(error, response.status);
  const session: Session = {
    key: 'current',
    username: data.user.username,
    accessToken: data.accessToken,
    accessExpiresAt: Date.now() + data.expiresIn * 1000,
    user: data.user,
  };
  await db.session.put(session);
  publish(session);
  return undefined;
}

/** The server said the token is no longer good: keep everything, ask for the password again. */
export function markSessionExpired(): void {
  if (current && !current.expired) publish({ ...current, expired: true });
}

/** Signs out on this phone. Records waiting in the outbox stay and are sent when the same user signs in again. */
export async function logOut(): Promise<void> {
  await db.session.delete('current');
  await db.cache.clear();
  publish(undefined);
}
