import { Module } from '@nestjs/common';
import { ShortagesModule } from '../shortages/shortages.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [ShortagesModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
