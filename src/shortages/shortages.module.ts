import { StockStatusDrain } from './stock-status-drain';
import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { PointsModule } from '../points/points.module';
import { ShortagesController } from './shortages.controller';
import { ShortagesService } from './shortages.service';
import { StockLevelsService } from './stock-levels.service';
import { StockStatusCalculator } from './stock-status.calculator';
import { StockStatusStore } from './stock-status.store';

@Module({
  imports: [AlertsModule, PointsModule],
  controllers: [ShortagesController],
  providers: [ShortagesService, StockLevelsService, StockStatusCalculator, StockStatusStore, StockStatusDrain],
  exports: [ShortagesService, StockStatusCalculator],
})
export class ShortagesModule {}
