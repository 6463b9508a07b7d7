import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { ResupplyModule } from '../resupply/resupply.module';
import { StockModule } from '../stock/stock.module';
import { ShipmentsController } from './shipments.controller';
import { ShipmentsService } from './shipments.service';

@Module({
  imports: [PointsModule, StockModule, ResupplyModule],
  controllers: [ShipmentsController],
  providers: [ShipmentsService],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
