import { markSessionExpired } from '../features/auth/session';
import { db } from '../db/db';

export interface CachedAnswer<T> {
  data: T;
  /** When the server gave this answer (ISO); older than now when it comes from the phone's copy. */
  savedAt: string;
  fromCache: boolean;
}

/** Reads give up after this long on a bad connection and show the phone's copy instead. */
const READ_TIMEOUT_MS = 8000;

/**
 * A read that keeps working offline: the server's answer is stored on the phone, and the stored copy is answered when
 * there is no connection (or no answer in time). Fails only when neither exists.
 */
export async function cachedRead<T>(key: string, load: (signal: AbortSignal) => Promise<{ data?: T; response: Response }>): Promise<CachedAnswer<T>> {
  if (typeof navigator === 'undefined' || navigator.onLine) {
    try {
      const { data, response } = await load(AbortSignal.timeout(READ_TIMEOUT_MS));
      if (data !== undefined) {
        const savedAt = new Date().toISOString();
        await db.cache.put({ key, data, savedAt });
        return { data, savedAt, fromCache: false };
      }
      if (response.status === 401) markSessionExpired();
    } catch {
      // No connection or no answer in time: fall back to the copy below.
    }
  }
  const cached = await db.cache.get(key);
  if (cached) return { data: cached.data as T, savedAt: cached.savedAt, fromCache: true };
  throw new Error(`nothing stored for ${key}`);
}
