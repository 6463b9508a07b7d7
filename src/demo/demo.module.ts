import { Module } from '@nestjs/common';
import { ScansModule } from '../scans/scans.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { StockModule } from '../stock/stock.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder';
import { DemoStock } from './demo-stock';

@Module({
  imports: [UsersModule, StockModule, ShipmentsModule, ScansModule],
  providers: [DemoSeeder, DemoStock],
  exports: [DemoSeeder],
})
export class DemoModule {}
