import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { Dhis2Controller } from './dhis2/dhis2.controller';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [PointsModule],
  controllers: [ReportsController, Dhis2Controller],
  providers: [ReportsService],
  exports: [ReportsService],
})
export class ReportsModule {}
