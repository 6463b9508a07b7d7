import { Module } from '@nestjs/common';
import { DataQualityModule } from '../data-quality/data-quality.module';
import { ExpiriesModule } from '../expiries/expiries.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResupplyModule } from '../resupply/resupply.module';
import { ShortagesModule } from '../shortages/shortages.module';
import { DailyScanScheduler } from './daily-scan.scheduler';

@Module({
  imports: [ExpiriesModule, ShortagesModule, ResupplyModule, NotificationsModule, DataQualityModule],
  providers: [DailyScanScheduler],
  exports: [DailyScanScheduler],
})
export class ScansModule {}
