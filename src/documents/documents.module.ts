import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { ProductsModule } from '../products/products.module';
import { ReportsModule } from '../reports/reports.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { StockModule } from '../stock/stock.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** Printable documents (SBBK, BAST, stock count minutes, stock card, monthly report) as PDFs. */
@Module({
  imports: [ShipmentsModule, StockModule, ReportsModule, PointsModule, ProductsModule],
  controllers: [DocumentsController],
  providers: [DocumentsService],
})
export class DocumentsModule {}
