import { Module } from '@nestjs/common';
import { AlertsModule } from '../../alerts/alerts.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { ResupplyModule } from '../../resupply/resupply.module';
import { ExpiryAlertTracker } from '../expiry-alerts';
import { StockoutTracker } from '../stockout-tracker';
import { LedgerStore } from './ledger-store';
import { LinePlanner } from './line-planner';
import { PostingPipeline } from './posting-pipeline';
import { MOVEMENT_RULES, MovementRuleRegistry } from './rule-registry';

/** The posting pipeline, the rule of each movement type, and the after-steps. */
@Module({
  imports: [AlertsModule, ResupplyModule, NotificationsModule],
  providers: [LedgerStore, LinePlanner, StockoutTracker, ExpiryAlertTracker, ...MOVEMENT_RULES, MovementRuleRegistry, PostingPipeline],
  exports: [PostingPipeline, LedgerStore],
})
export class PostingModule {}
