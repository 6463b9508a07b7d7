import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { PointsModule } from '../points/points.module';
import { ShortfallsModule } from '../shortfalls/shortfalls.module';
import { ExpiriesController } from './expiries.controller';
import { ExpiriesService } from './expiries.service';

@Module({
  imports: [AlertsModule, PointsModule, ShortfallsModule],
  controllers: [ExpiriesController],
  providers: [ExpiriesService],
  exports: [ExpiriesService],
})
export class ExpiriesModule {}
