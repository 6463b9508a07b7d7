import { Module } from '@nestjs/common';
import { ShortfallsModule } from '../shortfalls/shortfalls.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [ShortfallsModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
