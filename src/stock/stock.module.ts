import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { LedgerWriter } from './ledger-writer';
import { MovementsService } from './movements.service';
import { StockController } from './stock.controller';
import { StockQueriesService } from './stock-queries.service';

@Module({
  imports: [PointsModule],
  controllers: [StockController],
  providers: [LedgerWriter, MovementsService, StockQueriesService],
  exports: [LedgerWriter, MovementsService],
})
export class StockModule {}
