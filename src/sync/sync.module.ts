import { Module } from '@nestjs/common';
import { StockModule } from '../stock/stock.module';
import { SyncController } from './sync.controller';
import { SyncService } from './sync.service';

/** Batches of records captured offline by the field app, answered one by one. */
@Module({
  imports: [StockModule],
  controllers: [SyncController],
  providers: [SyncService],
})
export class SyncModule {}
