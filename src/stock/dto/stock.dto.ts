import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { gtinTransform, IsGtin } from '../../products/gtin';
import { lotNumberTransform } from '../lot-numbers';
import { IsLocalDateOrTime } from '../../regions/local-time';
import { PageOf, PageQuery } from '../../common/pagination';
import { FUNDING_SOURCES } from '../ledger-rules';

export class LotStockResponse {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  lotId!: string;

  @ApiProperty({ example: 'LDS2611A' })
  lotNumber!: string;

  @ApiProperty({ example: '2028-02-29' })
  expiryDate!: string;

  @ApiProperty({ enum: FUNDING_SOURCES, example: 'GLOBAL_FUND' })
  fundingSource!: string;

  @ApiProperty({ type: String, example: null, nullable: true })
  donorName!: string | null;

  @ApiProperty({ example: 480 })
  quantity!: number;

  @ApiProperty({ example: 463, description: "Days from the point's local date to the expiry date; negative once expired" })
  daysToExpiry!: number;
}

export class ProductStockResponse {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'NS-1ML-LDS-29G' })
  productCode!: string;

  @ApiProperty({ example: 'Syringe 1 ml, fixed 29G needle, low dead space' })
  productName!: string;

  @ApiProperty({ example: 'Alat suntik steril 1 ml, jarum tetap 29G', nullable: true, type: 'string', description: 'The name in Bahasa Indonesia, when the catalogue has one' })
  productNameId!: string | null;

  @ApiProperty({ example: 500, description: 'Everything held, expired included' })
  onHand!: number;

  @ApiProperty({ example: 480, description: 'Not expired: what can be handed out' })
  usable!: number;

  @ApiProperty({ example: 20 })
  expired!: number;

  @ApiProperty({ example: 100, description: 'Dispatched to this point and not yet received' })
  inTransitInbound!: number;

  @ApiProperty({ type: [LotStockResponse] })
  lots!: LotStockResponse[];
}

export class StockCardQuery extends PageQuery {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsUUID('all', { message: 'productId must be a UUID' })
  productId!: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: "Lines that occurred at or after; a bare date or a time without offset is read in the point's local time" })
  @IsOptional()
  @IsLocalDateOrTime()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: "Lines that occurred before; a bare date or a time without offset is read in the point's local time" })
  @IsOptional()
  @IsLocalDateOrTime()
  to?: string;
}

export class StockCardLineResponse {
  @ApiProperty({ example: '1f7b6c1e-4a8f-4d0e-9b51-3c2a7a9e5d10' })
  movementId!: string;

  @ApiProperty({ example: 'distribution' })
  type!: string;

  @ApiProperty({ type: String, example: null, nullable: true })
  reason!: string | null;

  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  lotId!: string;

  @ApiProperty({ example: 'LDS2611A' })
  lotNumber!: string;

  @ApiProperty({ example: -50 })
  quantity!: number;

  @ApiProperty({ type: Number, example: null, nullable: true })
  countedQuantity!: number | null;

  @ApiProperty({ example: 430, description: 'Balance of the product at the point after this line, in order of occurrence' })
  runningBalance!: number;

  @ApiProperty({ example: 'staff.dic.bandung' })
  recordedBy!: string;

  @ApiProperty({ example: '2026-11-23T02:30:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ example: '2026-11-23T02:31:05.123Z' })
  recordedAt!: string;
}

export class StockCardResponse extends PageOf(StockCardLineResponse) {
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  pointId!: string;

  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 480, description: 'Balance before `from`' })
  openingBalance!: number;
}

export class LotQuery extends PageQuery {
  @ApiPropertyOptional({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ example: 'LDS2611A', description: 'Any case and spacing: lot numbers are compared upper case without spaces' })
  @IsOptional()
  @Transform(lotNumberTransform)
  @IsString()
  @MaxLength(60)
  lotNumber?: string;

  @ApiPropertyOptional({ example: '08991234567891', description: "Lots of the product with this GTIN (as scanned: 8 to 14 digits)" })
  @IsOptional()
  @Transform(gtinTransform)
  @IsGtin()
  gtin?: string;
}

export class LotResponse {
  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  id!: string;

  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'LDS2611A' })
  lotNumber!: string;

  @ApiProperty({ example: '2028-02-29' })
  expiryDate!: string;

  @ApiProperty({ enum: FUNDING_SOURCES, example: 'GLOBAL_FUND' })
  fundingSource!: string;

  @ApiProperty({ type: String, example: null, nullable: true })
  donorName!: string | null;

  @ApiProperty({ type: String, example: '08991234567891', nullable: true, description: "The product's GTIN (14 digits): a GTIN identifies the product, the lot number and expiry the lot" })
  gtin!: string | null;
}

export class LotPage extends PageOf(LotResponse) {}
