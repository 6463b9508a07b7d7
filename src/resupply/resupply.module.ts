import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PointsModule } from '../points/points.module';
import { ShortfallsModule } from '../shortfalls/shortfalls.module';
import { OverdueService } from './overdue.service';
import { ResupplyController } from './resupply.controller';
import { ResupplyShipping } from './resupply-shipping';
import { ResupplyService } from './resupply.service';

@Module({
  imports: [AlertsModule, PointsModule, ShortfallsModule, NotificationsModule],
  controllers: [ResupplyController],
  providers: [ResupplyService, ResupplyShipping, OverdueService],
  exports: [ResupplyShipping, OverdueService],
})
export class ResupplyModule {}
