import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ExpiriesService } from './expiries.service';

/** Runs the expiry scan on the configured schedule (default 01:00 Asia/Jakarta every day), unless disabled. */
@Injectable()
export class ExpiryScanScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExpiryScanScheduler.name);

  constructor(
    private readonly expiries: ExpiriesService,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { enabled, cron, timeZone } = this.config.expiryScan;
    if (!enabled) return;
    const job = CronJob.from({
      cronTime: cron,
      timeZone,
      onTick: () => {
        this.expiries.scan().catch((error: unknown) => this.logger.error({ err: error }, 'scheduled expiry scan failed'));
      },
    });
    this.scheduler.addCronJob('expiry-scan', job);
    job.start();
    this.logger.log(`expiry scan scheduled: "${cron}" ${timeZone}`);
  }
}
