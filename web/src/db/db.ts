import Dexie, { type EntityTable } from 'dexie';
import type { OutboxRecord } from '../features/outbox/outbox-types';

/** The signed-in device session: kept so the app opens offline for weeks without asking for the password. */
export interface StoredSession {
  key: 'current';
  username: string;
  accessToken: string;
  /** Epoch milliseconds from which the access token is renewed (shortly before the server refuses it). */
  accessExpiresAt: number;
  /** The device session's refresh token (long-lived, revocable): renews the access token without the password. */
  refreshToken?: string;
  /** The device session's id, as an administrator sees it (DELETE /api/v1/sessions/{id} revokes it). */
  sessionId?: string;
  /** The server ended the device session (revoked, expired): the password is needed to send again. */
  ended?: boolean;
  user: unknown;
}

/** The last answer the server gave for a read (points, stock, catalogue), shown when there is no connection. */
export interface CachedRead {
  key: string;
  data: unknown;
  savedAt: string;
}

export class FieldDatabase extends Dexie {
  outbox!: EntityTable<OutboxRecord, 'seq'>;
  cache!: EntityTable<CachedRead, 'key'>;
  session!: EntityTable<StoredSession, 'key'>;

  constructor(name = 'pasokan') {
    super(name);
    // seq is the order of capture, which is the order of sending; id is the record's idempotency key.
    this.version(1).stores({ outbox: '++seq, &id, status, username', cache: 'key', session: 'key' });
  }
}

export const db = new FieldDatabase();
