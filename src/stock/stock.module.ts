import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { PointsModule } from '../points/points.module';
import { LedgerWriter } from './ledger-writer';
import { MovementsService } from './movements.service';
import { StockController } from './stock.controller';
import { StockQueriesService } from './stock-queries.service';
import { StockoutTracker } from './stockout-tracker';

@Module({
  imports: [PointsModule, AlertsModule],
  controllers: [StockController],
  providers: [LedgerWriter, MovementsService, StockQueriesService, StockoutTracker],
  exports: [LedgerWriter, MovementsService],
})
export class StockModule {}
