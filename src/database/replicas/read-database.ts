import { CallHandler, ExecutionContext, Inject, Injectable, Logger, NestInterceptor, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuthUser } from '../../access/roles';
import { isDatabaseDown } from '../../common/problem/problem-details.filter';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { databaseOptions } from '../database-options';
import { currentUserId, OwnWrites, tellReadSource } from './read-context';
import { ReplicaFreshness } from './replica-freshness';

export type ReplicaState = 'streaming' | 'lagging' | 'down' | 'not_a_replica' | 'starting';

export interface ReplicaHealth {
  /** Host, port and database of the replica (never its credentials). */
  name: string;
  state: ReplicaState;
  /** How old its figures may be (ms); absent until it has caught up with a first sample of the primary. */
  lagMs?: number;
  /** Why it is not used, in plain words. */
  reason?: string;
}

interface Replica {
  name: string;
  url: string;
  dataSource?: DataSource;
  freshness: ReplicaFreshness;
  up: boolean;
  notAReplica: boolean;
  reason?: string;
}

/** What a read must see: at least every commit before `notBefore` (ms), e.g. a refresh it has just made on the primary. */
export interface ReadOptions {
  notBefore?: number;
}

/**
 * Where reports, lists and exports read (DATABASE_REPLICA_URLS; docs/scaling.md): a streaming replica whose figures
 * are at most REPLICA_MAX_LAG_MS old and hold what the read must see, else the primary. Every write, every read inside
 * a transaction, and every read of a user whose own write is running or has not reached the replicas yet stays on
 * the primary. Every REPLICA_CHECK_MS the primary's WAL position is sampled and each replica's replay position read
 * (ReplicaFreshness); a replica that cannot be reached, has stopped replaying for longer than the limit, or is not a
 * standby at all is left out until it is back. A read that fails on a replica because it went away is run again on
 * the primary. Each response says where it read (Pasokan-Read-From) and how old its figures may be
 * (Pasokan-Figures-Age-Ms).
 */
@Injectable()
export class ReadDatabase implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadDatabase.name);
  private readonly replicas: Replica[];
  readonly ownWrites: OwnWrites;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private next = 0;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.replicas = config.replicas.urls.map((url) => ({ name: replicaName(url), url: readerUrl(url, config.databaseUrl), freshness: new ReplicaFreshness(), up: false, notAReplica: false, reason: 'not checked yet' }));
    this.ownWrites = new OwnWrites(config.replicas.maxLagMs);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.replicas.length === 0) return;
    await this.check();
    const loop = () => {
      this.timer = setTimeout(() => void this.check().finally(loop), this.config.replicas.checkMs);
      this.timer.unref();
    };
    loop();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.checking;
    await Promise.all(this.replicas.map((replica) => replica.dataSource?.destroy().catch(() => undefined)));
  }

  /**
   * Runs a read on a replica fresh enough for it, else on the primary, and says which on the response. `work` gets the
   * data source to read from; it must not write. Run again on the primary if the replica goes away under it.
   */
  async run<T>(work: (db: DataSource) => Promise<T>, options: ReadOptions = {}): Promise<T> {
    const replica = this.choose(options);
    if (replica) {
      try {
        tellReadSource('replica', replica.freshness.lagMs(Date.now()) ?? 0);
        return await work(replica.dataSource!);
      } catch (error) {
        if (!lostReplica(error)) throw error;
        replica.up = false;
        replica.reason = `a read failed: ${(error as Error).message}`;
        this.logger.warn({ replica: replica.name, err: error }, 'a read failed on a replica; it is read on the primary and the replica left out until it answers again');
      }
    }
    tellReadSource('primary', 0);
    return work(this.primary);
  }

  /**
   * The data source a read that runs later (a streamed export reading page after page) uses, chosen now and said on
   * the response. Unlike `run`, a replica that goes away half-way is not replaced: the download fails like any other.
   */
  pick(options: ReadOptions = {}): DataSource {
    const replica = this.choose(options);
    tellReadSource(replica ? 'replica' : 'primary', replica ? (replica.freshness.lagMs(Date.now()) ?? 0) : 0);
    return replica ? replica.dataSource! : this.primary;
  }

  /** Each replica's state, for /health/ready. */
  health(): ReplicaHealth[] {
    const now = Date.now();
    return this.replicas.map((replica) => {
      const lagMs = replica.freshness.lagMs(now);
      const state: ReplicaState = replica.notAReplica ? 'not_a_replica' : !replica.up ? (replica.dataSource ? 'down' : 'starting') : lagMs === undefined || lagMs > this.config.replicas.maxLagMs ? 'lagging' : 'streaming';
      const reason = state === 'lagging' ? `its figures are ${lagMs === undefined ? 'not yet caught up' : `${Math.round(lagMs / 1000)} s old`}, more than REPLICA_MAX_LAG_MS` : state === 'streaming' ? undefined : replica.reason;
      return { name: replica.name, state, ...(lagMs === undefined ? {} : { lagMs: Math.round(lagMs) }), ...(reason ? { reason } : {}) };
    });
  }

  private choose(options: ReadOptions): Replica | undefined {
    if (this.replicas.length === 0) return undefined;
    const now = Date.now();
    const own = this.ownWrites.notBefore(currentUserId(), now);
    const floor = Math.max(now - this.config.replicas.maxLagMs, options.notBefore ?? -Infinity, own ?? -Infinity);
    const usable = this.replicas.filter((replica) => replica.up && replica.dataSource && (replica.freshness.freshAsOf ?? -Infinity) >= floor);
    if (usable.length === 0) return undefined;
    this.next = (this.next + 1) % usable.length;
    return usable[this.next];
  }

  /** One sample of the primary, then each replica's replay position. Runs are never concurrent. */
  private check(): Promise<void> {
    this.checking ??= (async () => {
      try {
        const at = Date.now();
        let primaryLsn: string | undefined;
        try {
          [{ lsn: primaryLsn }] = await this.primary.query(`SELECT pg_current_wal_insert_lsn()::text AS lsn`);
        } catch (error) {
          this.logger.warn({ err: error }, 'the primary could not be sampled for replica lag');
        }
        await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, at, primaryLsn)));
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  private async checkReplica(replica: Replica, at: number, primaryLsn: string | undefined): Promise<void> {
    try {
      if (!replica.dataSource) {
        // A replica that is down at start-up is connected to by a later check.
        const dataSource = new DataSource(databaseOptions(replica.url, this.config.requestTimeoutMs, 'pasokan-reads'));
        await dataSource.initialize();
        replica.dataSource = dataSource;
      }
      const [row]: { recovering: boolean; replay: string | null }[] = await replica.dataSource.query(
        `SELECT pg_is_in_recovery() AS recovering, pg_last_wal_replay_lsn()::text AS replay`,
      );
      if (!row.recovering || row.replay === null) {
        // A server that is not a standby (promoted, or the primary named by mistake) is never read as a replica.
        if (!replica.notAReplica) this.logger.error({ replica: replica.name }, 'a configured read replica is not a streaming standby; it is not used');
        replica.notAReplica = true;
        replica.up = false;
        replica.reason = 'the server is not a standby (pg_is_in_recovery() is false)';
        return;
      }
      replica.notAReplica = false;
      if (primaryLsn !== undefined) replica.freshness.sampled(at, primaryLsn);
      replica.freshness.replayed(row.replay);
      if (!replica.up) this.logger.log({ replica: replica.name }, 'read replica answers; reports read from it while it keeps up');
      replica.up = true;
      replica.reason = undefined;
    } catch (error) {
      if (replica.up) this.logger.warn({ replica: replica.name, err: error }, 'a read replica does not answer; reads go to the primary');
      replica.up = false;
      replica.reason = `it does not answer: ${(error as Error).message}`;
    }
  }
}

/** Counts a user's writes while they run (after the guard, so the user is known) and when they end. */
@Injectable()
export class OwnWritesInterceptor implements NestInterceptor {
  constructor(private readonly reads: ReadDatabase) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const userId = request.user?.id;
    if (userId === undefined || ['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return next.handle();
    this.reads.ownWrites.begin(userId);
    // Ended when the response is over (sent or abandoned), after its transaction has committed or rolled back.
    context.switchToHttp().getResponse<Response>().once('close', () => this.reads.ownWrites.end(userId, Date.now()));
    return next.handle();
  }
}

/** A replica's errors that say it is gone or cancelled the read for replay (a recovery conflict), not that the read is wrong. */
function lostReplica(error: unknown): boolean {
  if (isDatabaseDown(error)) return true;
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === '40001';
}

/**
 * The URL the service reads a replica with: as given, with the user, password and database of its own connection to
 * the primary filled in where the replica's URL leaves them out (the roles and databases are the primary's, replicated).
 */
export function readerUrl(replicaUrl: string, primaryUrl: string | undefined): string {
  const url = new URL(replicaUrl);
  if (!primaryUrl) return url.toString();
  const primary = new URL(primaryUrl);
  if (!url.username) {
    url.username = primary.username;
    url.password = primary.password;
  }
  if (url.pathname === '' || url.pathname === '/') url.pathname = primary.pathname;
  return url.toString();
}

/** host:port/database of a URL, without credentials, for logs and /health/ready. */
export function replicaName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
