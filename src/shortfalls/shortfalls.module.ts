import { StockStatusDrain } from './stock-status-drain';
import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { PointsModule } from '../points/points.module';
import { ShortfallsController } from './shortfalls.controller';
import { ShortfallsService } from './shortfalls.service';
import { StockLevelsService } from './stock-levels.service';
import { StockStatusCalculator } from './stock-status.calculator';
import { StockStatusStore } from './stock-status.store';

@Module({
  imports: [AlertsModule, PointsModule],
  controllers: [ShortfallsController],
  providers: [ShortfallsService, StockLevelsService, StockStatusCalculator, StockStatusStore, StockStatusDrain],
  exports: [ShortfallsService, StockStatusCalculator],
})
export class ShortfallsModule {}
