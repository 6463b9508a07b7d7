import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsScan } from './notifications-scan';
import { NotificationsService } from './notifications.service';
import { StockoutNotices } from './stockout-notices';

/** In-app notifications: written in the transactions of their events and by the daily scan; each user reads their own. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsScan, StockoutNotices],
  exports: [NotificationsService, NotificationsScan, StockoutNotices],
})
export class NotificationsModule {}
