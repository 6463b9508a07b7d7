import { Module } from '@nestjs/common';
import { DeliveryWorker } from './delivery/delivery-worker';
import { WebhooksController } from './delivery/webhooks.controller';
import { WebhooksService } from './delivery/webhooks.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsScan } from './notifications-scan';
import { NotificationsService } from './notifications.service';
import { StockoutNotices } from './stockout-notices';

/** In-app notifications: written in the transactions of their events and by the daily scan; each user reads their own. */
@Module({
  controllers: [NotificationsController, WebhooksController],
  providers: [NotificationsService, NotificationsScan, StockoutNotices, WebhooksService, DeliveryWorker],
  exports: [NotificationsService, NotificationsScan, StockoutNotices, DeliveryWorker],
})
export class NotificationsModule {}
