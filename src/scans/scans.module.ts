import { Module } from '@nestjs/common';
import { ExpiriesModule } from '../expiries/expiries.module';
import { ShortfallsModule } from '../shortfalls/shortfalls.module';
import { DailyScanScheduler } from './daily-scan.scheduler';

@Module({
  imports: [ExpiriesModule, ShortfallsModule],
  providers: [DailyScanScheduler],
})
export class ScansModule {}
