import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { ReportsController } from './reports.controller';
import { FundingSourcesService } from './funding-sources.service';
import { ReportsService } from './reports.service';

@Module({
  imports: [PointsModule],
  controllers: [ReportsController],
  providers: [ReportsService, FundingSourcesService],
})
export class ReportsModule {}
