import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { PostingModule } from '../stock/posting/posting.module';
import { SharpsController } from './sharps.controller';
import { SharpsService } from './sharps.service';

/** Used syringes and sharps containers: returns, hand-overs for destruction, and destructions. */
@Module({
  imports: [PointsModule, PostingModule],
  controllers: [SharpsController],
  providers: [SharpsService],
})
export class SharpsModule {}
