import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { PostingModule } from '../stock/posting/posting.module';
import { OutreachShiftsController } from './outreach-shifts.controller';
import { OutreachShiftsService } from './outreach-shifts.service';

/** Outreach shifts: the bag issued to an outreach officer's kit and reconciled when it comes back. */
@Module({
  imports: [PointsModule, PostingModule],
  controllers: [OutreachShiftsController],
  providers: [OutreachShiftsService],
})
export class OutreachShiftsModule {}
