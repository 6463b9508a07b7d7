import { CSV_SEPARATORS, CsvSeparator } from '../../common/csv';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsNumberWithDecimals } from '../../common/decimal-places';
import { PROVINCE_CODE, REGENCY_CODE } from '../../common/transforms';
import { POINT_TYPES } from '../../points/point-types';
import { PageOf, PageQuery } from '../../common/pagination';
import { PRODUCT_CATEGORIES } from '../../products/product-categories';
import { STOCK_STATUSES, StockStatus } from '../stock-status';

export class StockLevelRequest {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsUUID('all', { message: 'productId must be a UUID' })
  productId!: string;

  @ApiProperty({ example: 1, minimum: 0, maximum: 24, description: 'Minimum stock, in months of consumption' })
  @IsNumberWithDecimals(1, { message: 'minMonths must be a number with at most one decimal' })
  @Min(0)
  @Max(24)
  minMonths!: number;

  @ApiProperty({ example: 3, minimum: 0.1, maximum: 36, description: 'Maximum stock, in months of consumption; resupply fills up to it' })
  @IsNumberWithDecimals(1, { message: 'maxMonths must be a number with at most one decimal' })
  @Min(0.1)
  @Max(36)
  maxMonths!: number;

  @ApiPropertyOptional({ type: Number, example: 300, nullable: true, description: 'Expected use per month, used while the point has less history than the AMC window' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  expectedMonthlyUse?: number | null;
}

export class PutStockLevelsRequest {
  @ApiProperty({ type: [StockLevelRequest], description: 'The point\'s own levels; products not listed use the defaults of the point type' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => StockLevelRequest)
  levels!: StockLevelRequest[];
}

export class StockLevelResponse {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'NS-1ML-LDS-29G' })
  productCode!: string;

  @ApiProperty({ example: 1 })
  minMonths!: number;

  @ApiProperty({ example: 2 })
  maxMonths!: number;

  @ApiProperty({ type: Number, example: null, nullable: true })
  expectedMonthlyUse!: number | null;

  @ApiProperty({ enum: ['point', 'default'], example: 'default', description: 'Set for this point, or the default of its type' })
  source!: 'point' | 'default';
}

export const SHORTAGE_SORTS = ['point', 'monthsOfStock', 'suggestedQuantity'] as const;
export type ShortageSort = (typeof SHORTAGE_SORTS)[number];

export class ShortageQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.01', description: 'Omit for everything in your scope (the whole country for administrators)' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '32', description: 'Only the regencies of this province' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;

  @ApiPropertyOptional({ enum: POINT_TYPES, example: 'drop_in_centre' })
  @IsOptional()
  @IsIn(POINT_TYPES as unknown as string[])
  pointType?: string;

  @ApiPropertyOptional({
    enum: SHORTAGE_SORTS,
    example: 'monthsOfStock',
    description: 'point: regency, point and product code (default); monthsOfStock: fewest months first (no AMC last); suggestedQuantity: largest first. The CSV export keeps report order',
  })
  @IsOptional()
  @IsIn(SHORTAGE_SORTS as unknown as string[])
  sort: ShortageSort = 'point';

  @ApiPropertyOptional({ enum: STOCK_STATUSES, example: 'below_min' })
  @IsOptional()
  @IsIn(STOCK_STATUSES as unknown as string[])
  status?: StockStatus;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, example: 'needle_syringe' })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES as unknown as string[])
  category?: string;

  @ApiPropertyOptional({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], example: 'json', description: 'csv: every matching row, with a header row; xlsx: the same rows as an Excel workbook with Indonesian headers' })
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

export class PointStatusQuery {
  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, example: 'needle_syringe' })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES as unknown as string[])
  category?: string;
}

export class AmcResponse {
  @ApiProperty({
    enum: ['history', 'short_history', 'expected', 'type_default', 'none'],
    example: 'history',
    description:
      'history: the last complete months; short_history: since the first movement, once it is at least MIN_HISTORY_DAYS (30) old; ' +
      "expected: the expected use set with the point's stock levels; type_default: the point type's default; none: nothing to go on",
  })
  method!: string;

  @ApiProperty({
    enum: ['high', 'medium', 'low'],
    example: 'high',
    description: 'How sure the AMC (and the months of stock and suggestion built on it) is: high from the full window, medium from shorter history or a set expectation, low from a default or nothing',
  })
  confidence!: string;

  @ApiProperty({ example: 408.89, description: 'Average monthly consumption' })
  amc!: number;

  @ApiProperty({ example: 920, description: 'Units consumed in the period (distribution and supply to dependent points)' })
  consumed!: number;

  @ApiProperty({ example: 92, description: 'Days in the period' })
  days!: number;

  @ApiProperty({ example: 23, description: 'Days in the period without usable stock' })
  stockoutDays!: number;

  @ApiProperty({ example: 1.3333, description: 'days / (days - stockoutDays), at most 3' })
  stockoutAdjustment!: number;

  @ApiProperty({ type: String, example: '2026-08-01', nullable: true })
  periodStart!: string | null;

  @ApiProperty({ type: String, example: '2026-11-01', nullable: true, description: 'Exclusive' })
  periodEnd!: string | null;
}

export class KitComponentStock {
  @ApiProperty({ format: 'uuid', example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'NS-1ML-LDS-29G' })
  productCode!: string;

  @ApiProperty({ example: 3, description: 'Units in one kit' })
  perKit!: number;

  @ApiProperty({ example: 120, description: 'Usable at the point now' })
  usable!: number;

  @ApiProperty({ example: 300, description: "perKit x the kit's suggestedQuantity: what to send instead, to assemble the kits here" })
  forSuggested!: number;
}

/** For a kit's row: the same need met with its components, assembled at the point. */
export class KitSuggestion {
  @ApiProperty({ example: 40, description: 'Kits the point could assemble now from its usable components' })
  assemblable!: number;

  @ApiProperty({ type: [KitComponentStock] })
  components!: KitComponentStock[];
}

export class StockStatusResponse {
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  pointId!: string;

  @ApiProperty({ example: 'LSM-CBN-01' })
  pointCode!: string;

  @ApiProperty({ example: 'Kantor LSM Cibinong' })
  pointName!: string;

  @ApiProperty({ example: 'ngo_office' })
  pointType!: string;

  @ApiProperty({ example: '32.01' })
  regencyCode!: string;

  @ApiProperty({ example: '2026-11-23', description: "The point's local date the figures are for" })
  today!: string;

  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'NS-1ML-LDS-29G' })
  productCode!: string;

  @ApiProperty({ example: 'needle_syringe' })
  category!: string;

  @ApiProperty({ enum: STOCK_STATUSES, example: 'below_min' })
  status!: StockStatus;

  @ApiProperty({ example: 350, description: 'Stock not expired on the point\'s local date' })
  usable!: number;

  @ApiProperty({ example: 20 })
  expired!: number;

  @ApiProperty({ example: 0 })
  inTransitInbound!: number;

  @ApiProperty({ type: Number, example: 0.86, nullable: true, description: 'usable / AMC' })
  monthsOfStock!: number | null;

  @ApiProperty({ example: 1 })
  minMonths!: number;

  @ApiProperty({ example: 3 })
  maxMonths!: number;

  @ApiProperty({ enum: ['point', 'default'], example: 'default' })
  levelsSource!: 'point' | 'default';

  @ApiProperty({ type: Number, example: null, nullable: true })
  expectedMonthlyUse!: number | null;

  @ApiProperty({ type: AmcResponse })
  amc!: AmcResponse;

  @ApiProperty({ example: 900, description: 'max(0, maxMonths x AMC - usable - inTransitInbound), rounded up to whole packs' })
  suggestedQuantity!: number;

  @ApiProperty({ example: 100 })
  packSize!: number;

  @ApiProperty({ example: 0, description: 'Usable stock expected to expire before it is used at this AMC (FEFO)' })
  quantityExpiringBeforeUse!: number;

  @ApiPropertyOptional({
    type: KitSuggestion,
    description: 'The shortage report, for a kit product only (docs/kits.md): its components at the point, so the need can be met with kits or with components assembled there',
  })
  kit?: KitSuggestion;
}

export class ShortageSummary {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ example: 'NS-1ML-LDS-29G' })
  productCode!: string;

  @ApiProperty({ example: 12 })
  points!: number;

  @ApiProperty({ example: 2 })
  pointsOutOfStock!: number;

  @ApiProperty({ example: 3 })
  pointsBelowMin!: number;

  @ApiProperty({ example: 4200 })
  totalSuggested!: number;
}

export class ShortageReport extends PageOf(StockStatusResponse) {
  @ApiProperty({ type: [ShortageSummary], description: 'Per product, over every matching row' })
  summary!: ShortageSummary[];

  @ApiProperty({
    example: 0,
    description:
      'Points in your scope whose figures are waiting to be recomputed (something changed, or their day ended). 0 normally; after a busy hour the background drain catches up within seconds to minutes, and the rows of those points show their last computed figures (each row\'s `today` says the day they were computed for).',
  })
  pendingPoints!: number;
}

export class StatusScanResult {
  @ApiProperty({ example: '2026-11-23T18:00:00.000Z' })
  scannedAt!: string;

  @ApiProperty({ example: 820 })
  durationMs!: number;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { stockout: 1, below_min: 4 } })
  raised!: Record<string, number>;

  @ApiProperty({ example: 10 })
  stillOpen!: number;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { below_min: 2 } })
  resolved!: Record<string, number>;
}

export class PointHistoryQuery {
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  @IsUUID('all', { message: 'productId must be a UUID' })
  productId!: string;

  @ApiPropertyOptional({ example: 12, default: 12, minimum: 1, maximum: 36, description: 'How many local calendar months, ending with the current one' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(36)
  months: number = 12;
}

export class PointHistoryMonth {
  @ApiProperty({ example: '2026-10', description: 'A month of the point\'s local calendar' })
  month!: string;

  @ApiProperty({ example: 310, description: 'Consumed in the month: distribution and supply to dependent points, net of reversals (what the AMC averages)' })
  consumed!: number;

  @ApiProperty({ example: 1250, description: 'Stock on hand (all lots, expired included) at the end of the month; now, for the current month' })
  closingStock!: number;
}

export class StockoutPeriodResponse {
  @ApiProperty({ example: '2026-09-20', format: 'date' })
  startedOn!: string;

  @ApiProperty({ example: '2026-10-13', format: 'date', nullable: true, type: 'string', description: 'null while it lasts' })
  endedOn!: string | null;
}

export class PointHistoryResponse {
  @ApiProperty({ format: 'uuid', example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  pointId!: string;

  @ApiProperty({ format: 'uuid', example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' })
  productId!: string;

  @ApiProperty({ type: [PointHistoryMonth], description: 'Oldest first' })
  months!: PointHistoryMonth[];

  @ApiProperty({ type: [StockoutPeriodResponse], description: 'Periods without usable stock that overlap the months, oldest first' })
  stockoutPeriods!: StockoutPeriodResponse[];
}
