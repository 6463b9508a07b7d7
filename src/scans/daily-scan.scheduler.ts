import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DataQualityService } from '../data-quality/data-quality.service';
import { ExpiriesService } from '../expiries/expiries.service';
import { NotificationsScan } from '../notifications/notifications-scan';
import { OverdueService } from '../resupply/overdue.service';
import { ShortagesService } from '../shortages/shortages.service';

/**
 * The daily scan (default 01:00 Asia/Jakarta): expiry alerts, stock status (stock-outs that no movement showed,
 * below-minimum), then overdue requests and shipments, then the notifications no movement causes (stock expiring within 30
 * days, the monthly report due), then the data-quality flags of this month and the last.
 */
@Injectable()
export class DailyScanScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DailyScanScheduler.name);

  constructor(
    private readonly expiries: ExpiriesService,
    private readonly shortages: ShortagesService,
    private readonly overdue: OverdueService,
    private readonly notifications: NotificationsScan,
    private readonly dataQuality: DataQualityService,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const { enabled, cron, timeZone } = this.config.dailyScan;
    if (!enabled) return;
    const job = CronJob.from({ cronTime: cron, timeZone, onTick: () => void this.run() });
    this.scheduler.addCronJob('daily-scan', job);
    job.start();
    this.logger.log(`daily scan scheduled: "${cron}" ${timeZone}`);
  }

  async run(): Promise<void> {
    try {
      await this.expiries.scan();
      await this.shortages.scan();
      await this.overdue.scan();
      await this.notifications.scan();
      await this.dataQuality.scan();
    } catch (error) {
      this.logger.error({ err: error }, 'daily scan failed');
    }
  }
}
