import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PointsModule } from '../points/points.module';
import { ShortagesModule } from '../shortages/shortages.module';
import { OverdueService } from './overdue.service';
import { ResupplyController } from './resupply.controller';
import { ResupplyShipping } from './resupply-shipping';
import { ResupplyService } from './resupply.service';

@Module({
  imports: [AlertsModule, PointsModule, ShortagesModule, NotificationsModule],
  controllers: [ResupplyController],
  providers: [ResupplyService, ResupplyShipping, OverdueService],
  exports: [ResupplyShipping, OverdueService],
})
export class ResupplyModule {}
