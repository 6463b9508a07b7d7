import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { PostingModule } from '../stock/posting/posting.module';
import { ShipmentsController } from './shipments.controller';
import { ShipmentsService } from './shipments.service';

@Module({
  imports: [PointsModule, PostingModule],
  controllers: [ShipmentsController],
  providers: [ShipmentsService],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
