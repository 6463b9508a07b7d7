import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { PointsModule } from '../points/points.module';
import { ShortfallsController } from './shortfalls.controller';
import { ShortfallsService } from './shortfalls.service';
import { StockLevelsService } from './stock-levels.service';

@Module({
  imports: [AlertsModule, PointsModule],
  controllers: [ShortfallsController],
  providers: [ShortfallsService, StockLevelsService],
  exports: [ShortfallsService],
})
export class ShortfallsModule {}
