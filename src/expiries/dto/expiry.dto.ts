import { ExportFormatQuery } from '../../common/table-export';
import { CSV_SEPARATORS, CsvSeparator } from '../../common/csv';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PROVINCE_CODE, REGENCY_CODE } from '../../common/transforms';
import { POINT_TYPES } from '../../points/point-types';
import { PRODUCT_CATEGORIES } from '../../products/product-categories';
import { FUNDING_SOURCES } from '../../stock/ledger-rules';
import { PageOf, PageQuery } from '../../common/pagination';

export class ExpiryQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.73' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  @IsOptional()
  @IsUUID()
  pointId?: string;

  @ApiPropertyOptional({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ example: 90, default: 180, minimum: 0, maximum: 1095, description: 'Expiring lots: those expiring within this many days' })
  @IsOptional()
  @TransformType(() => Number)
  @IsInt()
  @Min(0)
  @Max(1095)
  withinDays: number = 180;

  @ApiPropertyOptional({ enum: ['expired', 'expiring'], example: 'expiring', description: 'Omit for both' })
  @IsOptional()
  @IsIn(['expired', 'expiring'])
  status?: 'expired' | 'expiring';

  @ApiPropertyOptional({ example: '32', description: 'Only the regencies of this province' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, example: 'swab' })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES as unknown as string[])
  category?: string;

  @ApiPropertyOptional({ enum: POINT_TYPES, example: 'drop_in_centre' })
  @IsOptional()
  @IsIn(POINT_TYPES as unknown as string[])
  pointType?: string;

  @ApiPropertyOptional({ enum: FUNDING_SOURCES, example: 'GLOBAL_FUND' })
  @IsOptional()
  @IsIn(FUNDING_SOURCES as unknown as string[])
  fundingSource?: string;

  @ApiPropertyOptional({ enum: ['expiry', 'atRisk'], example: 'atRisk', description: 'expiry: soonest first (default); atRisk: largest quantity at risk first' })
  @IsOptional()
  @IsIn(['expiry', 'atRisk'])
  sort: 'expiry' | 'atRisk' = 'expiry';

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], example: 'json', description: 'csv: every matching row (no paging), with a header row; xlsx: the same rows as an Excel workbook with Indonesian headers' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format: 'json' | 'csv' | 'xlsx' = 'json';

  @ApiPropertyOptional({
    enum: CSV_SEPARATORS,
    example: 'semicolon',
    description: 'CSV only. semicolon: for a spreadsheet set to Indonesian (Excel id-ID): `;` between fields, a decimal comma, and a UTF-8 byte order mark',
  })
  @IsOptional()
  @IsIn(CSV_SEPARATORS as unknown as string[])
  separator: CsvSeparator = 'comma';
}

export class ExpiryLotResponse {
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  pointId!: string;

  @ApiProperty({ example: 'DIC-BDG-01' })
  pointCode!: string;

  @ApiProperty({ example: 'Drop-in Centre Bandung Wetan' })
  pointName!: string;

  @ApiProperty({ example: '32.73' })
  regencyCode!: string;

  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'SWAB-ALC' })
  productCode!: string;

  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  lotId!: string;

  @ApiProperty({ example: 'SWAB-ALC-A' })
  lotNumber!: string;

  @ApiProperty({ example: '2027-02-06' })
  expiryDate!: string;

  @ApiProperty({ example: 75, description: "Days from the point's local date to the expiry date; negative once expired" })
  daysToExpiry!: number;

  @ApiProperty({ enum: ['expired', 'expiring'], example: 'expiring' })
  status!: 'expired' | 'expiring';

  @ApiProperty({ example: 3651 })
  quantity!: number;

  @ApiProperty({
    example: 1500,
    description: 'Expected still on hand at expiry: the lots are used in FEFO order at the point\'s consumption rate. All of an expired lot.',
  })
  quantityAtRisk!: number;

  @ApiProperty({ example: 620.5, description: 'Consumption per month used for quantityAtRisk (last 90 days of distribution and supply to dependent points)' })
  monthlyConsumption!: number;

  @ApiProperty({ example: 'GLOBAL_FUND' })
  fundingSource!: string;

  @ApiProperty({ type: String, example: null, nullable: true })
  donorName!: string | null;
}

export class ExpiryProductTotal {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'SWAB-ALC' })
  productCode!: string;

  @ApiProperty({ example: 620 })
  expired!: number;

  @ApiProperty({ example: 3651 })
  expiring!: number;

  @ApiProperty({ example: 1500, description: 'Expiring stock expected to expire before it is used' })
  atRisk!: number;
}

export class ExpiryReport extends PageOf(ExpiryLotResponse) {
  @ApiProperty({ type: [ExpiryProductTotal], description: 'Totals per product over every matching row, not only this page' })
  totals!: ExpiryProductTotal[];

  @ApiProperty({
    example: 0,
    description:
      'Points in your scope whose consumption figures (AMC, for the quantity at risk) are waiting to be recomputed, as in the shortage report; 0 normally.',
  })
  pendingPoints!: number;
}

export class RedistributionQuery extends ExportFormatQuery {
  @ApiPropertyOptional({ example: '32.73', description: 'Required for administrators; district officers default to their regencies' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;
}

class ShipmentLineTemplate {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  lotId!: string;

  @ApiProperty({ example: 300 })
  quantity!: number;
}

class ShipmentTemplate {
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  fromPointId!: string;

  @ApiProperty({ example: '5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f' })
  toPointId!: string;

  @ApiProperty({ example: 'Redistribution: SWAB-ALC-A expires 2027-02-06' })
  note!: string;

  @ApiProperty({ type: [ShipmentLineTemplate] })
  lines!: ShipmentLineTemplate[];
}

export class RedistributionSuggestion {
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  fromPointId!: string;

  @ApiProperty({ example: 'DIC-BDG-01' })
  fromPointCode!: string;

  @ApiProperty({ example: '5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f' })
  toPointId!: string;

  @ApiProperty({ example: 'PKM-BDG-KOPO' })
  toPointCode!: string;

  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' })
  lotId!: string;

  @ApiProperty({ example: 'SWAB-ALC-A' })
  lotNumber!: string;

  @ApiProperty({ example: '2027-02-06' })
  expiryDate!: string;

  @ApiProperty({ example: 75 })
  daysToExpiry!: number;

  @ApiProperty({ example: 300 })
  quantity!: number;

  @ApiProperty({ example: 450, description: 'What the receiver would hand out by the expiry date at its consumption rate' })
  receiverUseBeforeExpiry!: number;

  @ApiProperty({ example: 150, description: 'Receiver stock (and earlier suggestions) expiring no later, used first' })
  receiverStockAhead!: number;

  @ApiProperty({ type: ShipmentTemplate, description: 'Add an `id` and POST it to /api/v1/shipments to make it happen' })
  shipment!: ShipmentTemplate;
}

export class ScanResult {
  @ApiProperty({ example: '2026-11-23T18:00:00.000Z' })
  scannedAt!: string;

  @ApiProperty({ example: 412 })
  durationMs!: number;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { lot_expiring: 3, expired_on_hand: 1 }, description: 'New alerts by type' })
  raised!: Record<string, number>;

  @ApiProperty({ example: 12, description: 'Alerts still open and refreshed' })
  stillOpen!: number;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { lot_expiring: 1 }, description: 'Alerts resolved because their condition cleared' })
  resolved!: Record<string, number>;
}
