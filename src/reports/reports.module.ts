import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { Dhis2Controller } from './dhis2/dhis2.controller';
import { ReportsController } from './reports.controller';
import { FundingSourcesService } from './funding-sources.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [PointsModule],
  controllers: [ReportsController, Dhis2Controller],
  providers: [ReportsService, FundingSourcesService],
  exports: [ReportsService],
})
export class ReportsModule {}
