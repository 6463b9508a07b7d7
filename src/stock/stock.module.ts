import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { PointsModule } from '../points/points.module';
import { ExpiryAlertTracker } from './expiry-alerts';
import { LedgerWriter } from './ledger-writer';
import { MonthClosingsController } from './month-closings.controller';
import { MonthClosingsService } from './month-closings.service';
import { MovementsService } from './movements.service';
import { StockController } from './stock.controller';
import { StockQueriesService } from './stock-queries.service';
import { StockoutTracker } from './stockout-tracker';

@Module({
  imports: [PointsModule, AlertsModule],
  controllers: [StockController, MonthClosingsController],
  providers: [LedgerWriter, MovementsService, MonthClosingsService, StockQueriesService, StockoutTracker, ExpiryAlertTracker],
  exports: [LedgerWriter, MovementsService],
})
export class StockModule {}
