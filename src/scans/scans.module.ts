import { Module } from '@nestjs/common';
import { ExpiriesModule } from '../expiries/expiries.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ResupplyModule } from '../resupply/resupply.module';
import { ShortfallsModule } from '../shortfalls/shortfalls.module';
import { DailyScanScheduler } from './daily-scan.scheduler';

@Module({
  imports: [ExpiriesModule, ShortfallsModule, ResupplyModule, NotificationsModule],
  providers: [DailyScanScheduler],
  exports: [DailyScanScheduler],
})
export class ScansModule {}
