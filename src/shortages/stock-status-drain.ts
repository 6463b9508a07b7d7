import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { StockStatusStore } from './stock-status.store';

/**
 * Keeps the shortage figures (`stock_status`) current in the background, so that a report normally only reads: every
 * STOCK_STATUS_DRAIN_MS it recomputes the points queued by the ledger's triggers and those whose local day ended, a
 * chunk per transaction, until none is left. Runs never overlap (the next is scheduled when one ends); shutdown stops
 * a run between chunks and waits for the chunk in progress. Off when STOCK_STATUS_DRAIN_MS is 0 (then every reader
 * brings its own scope up to date first).
 */
@Injectable()
export class StockStatusDrain implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StockStatusDrain.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly store: StockStatusStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.stockStatus.drainMs > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: everything queued or stale now. Exposed for tests and for the benchmark's "drained" wait. */
  async runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        const result = await this.store.drain(new Date(), () => this.stopping);
        if (result.points > 0) this.logger.debug({ ...result }, 'stock status drained');
      } catch (error) {
        // The database may be down or a statement out of time: the queue stays, the next run tries again.
        this.logger.warn({ err: error }, 'stock status drain failed; it will be retried');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      void this.runOnce().finally(() => this.schedule());
    }, this.config.stockStatus.drainMs);
    this.timer.unref();
  }
}
