import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { PointsModule } from '../points/points.module';
import { ShortagesModule } from '../shortages/shortages.module';
import { ExpiriesController } from './expiries.controller';
import { ExpiriesService } from './expiries.service';

@Module({
  imports: [AlertsModule, PointsModule, ShortagesModule],
  controllers: [ExpiriesController],
  providers: [ExpiriesService],
  exports: [ExpiriesService],
})
export class ExpiriesModule {}
