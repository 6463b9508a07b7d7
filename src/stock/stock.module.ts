import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { MonthClosingsController } from './month-closings.controller';
import { MonthClosingsService } from './month-closings.service';
import { MovementsService } from './movements.service';
import { PostingModule } from './posting/posting.module';
import { StockController } from './stock.controller';
import { StockQueriesService } from './stock-queries.service';

@Module({
  imports: [PointsModule, PostingModule],
  controllers: [StockController, MonthClosingsController],
  providers: [MovementsService, MonthClosingsService, StockQueriesService],
  exports: [MovementsService, StockQueriesService],
})
export class StockModule {}
