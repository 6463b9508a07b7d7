import { useSyncExternalStore } from 'react';
import { api, asProblem, useCredentials, type Problem } from '../../api/client';
import type { components } from '../../api/schema';
import { db, type StoredSession } from '../../db/db';

export type User = components['schemas']['UserResponse'];

export interface Session extends StoredSession {
  user: User;
  /** The password is needed again before anything can be sent (nothing captured is lost meanwhile). */
  expired?: boolean;
}

let current: Session | undefined;
const listeners = new Set<() => void>();

function publish(next: Session | undefined): void {
  current = next;
  for (const listener of listeners) listener();
}

/**
 * The access token is renewed a little before its end (30 s, or half of a short life: the server counts whole seconds),
 * so a request does not leave with a token about to be refused.
 */
const RENEW_MARGIN_MS = 30_000;
const accessEnd = (expiresIn: number) => Date.now() + expiresIn * 1000 - Math.min(RENEW_MARGIN_MS, expiresIn * 500);
/** Sign-out tells the server, but never keeps the user waiting on a bad connection for longer than this. */
const LOGOUT_TIMEOUT_MS = 5000;
/** The label this device gives its session, shown in the user's and the administrator's session lists. */
const DEVICE_NAME = 'pasokan field app';

useCredentials({
  accessToken: () => current?.accessToken,
  accessExpired: () => Boolean(current?.refreshToken && !current.expired && current.accessExpiresAt <= Date.now()),
  renew: () => renewSession(),
});

/** Whether the password is needed: the server ended the session, or there is no refresh token and the access token is over. */
function needsPassword(session: StoredSession): boolean {
  return Boolean(session.ended) || (!session.refreshToken && session.accessExpiresAt <= Date.now());
}

/** Reads the device's session at start-up: the app opens signed in, with or without a connection. */
export async function restoreSession(): Promise<void> {
  const stored = (await db.session.get('current')) as Session | undefined;
  publish(stored ? { ...stored, expired: needsPassword(stored) } : undefined);
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

/**
 * Signs in and opens a device session: the access token for requests and the refresh token (long-lived, revocable by
 * the user or an administrator) to get a new access token without the password, for weeks offline.
 */
export async function logIn(username: string, password: string): Promise<Problem | undefined> {
  const { data, error, response } = await api.POST('/api/v1/auth/login', { body: { username, password, deviceName: DEVICE_NAME } });
  if (!data) return asProblem(error, response.status);
  const session: Session = {
    key: 'current',
    username: data.user.username,
    accessToken: data.accessToken,
    accessExpiresAt: accessEnd(data.expiresIn),
    refreshToken: data.refreshToken,
    sessionId: data.sessionId,
    user: data.user,
  };
  await db.session.put(session);
  publish(session);
  return undefined;
}

let renewing: Promise<'renewed' | 'ended'> | undefined;

/**
 * A new access token from the device's refresh token. The server does not rotate it, so a renewal whose answer was
 * lost can simply be tried again. 'ended': the server revoked or expired the session and the password is asked for;
 * a network failure or a server error throws, and the password is not asked for. One renewal at a time: requests
 * refused together wait for the same one. Nothing captured is touched either way.
 */
export function renewSession(): Promise<'renewed' | 'ended'> {
  renewing ??= (async () => {
    const session = current;
    if (!session || session.expired) return 'ended' as const;
    if (!session.refreshToken) {
      await endSession(session);
      return 'ended' as const;
    }
    const { data, response } = await api.POST('/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    if (!data) {
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        await endSession(session);
        return 'ended' as const;
      }
      throw new Error(`renewing the session answered ${response.status}`);
    }
    // A sign-out or another sign-in meanwhile replaced the session: leave that one alone.
    if (current?.sessionId !== session.sessionId) return 'ended' as const;
    const renewed: Session = { ...session, accessToken: data.accessToken, accessExpiresAt: accessEnd(data.expiresIn) };
    await db.session.put(renewed);
    publish(renewed);
    return 'renewed' as const;
  })().finally(() => (renewing = undefined));
  return renewing;
}

async function endSession(session: Session): Promise<void> {
  if (current?.sessionId !== session.sessionId) return;
  await db.session.update('current', { ended: true });
  markSessionExpired();
}

/** The server no longer takes this session: keep everything, ask for the password again. */
export function markSessionExpired(): void {
  if (current && !current.expired) publish({ ...current, expired: true });
}

/**
 * Signs out on this phone, and ends the device session on the server when there is a connection (offline, it ends
 * after DEVICE_SESSION_IDLE_DAYS unused, and an administrator can revoke it). Records waiting in the outbox stay and are
 * sent when the same user signs in again.
 */
export async function logOut(): Promise<void> {
  if (current && !current.expired) await api.POST('/api/v1/auth/logout', { signal: AbortSignal.timeout(LOGOUT_TIMEOUT_MS) }).catch(() => undefined);
  await db.session.delete('current');
  await db.cache.clear();
  publish(undefined);
}
