import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CSV_SEPARATORS, CsvSeparator } from '../../common/csv';
import { PageQuery } from '../../common/pagination';
import { PROVINCE_CODE, REGENCY_CODE } from '../../common/transforms';
import { ADJUSTMENT_REASONS, AdjustmentReason } from '../../stock/ledger-rules';

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export class MonthlyReportQuery extends PageQuery {
  @ApiProperty({ example: '2026-11', description: "The month, in each point's local calendar (WIB/WITA/WIT)" })
  @Matches(MONTH, { message: 'month must look like 2026-11' })
  month!: string;

  @ApiPropertyOptional({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', description: 'One point' })
  @IsOptional()
  @IsUUID()
  pointId?: string;

  @ApiPropertyOptional({ example: '73.71', description: 'Every point of a regency, and the regency aggregate' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '73', description: 'Every point of a province, and the province aggregate' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], example: 'json', description: 'csv/xlsx: every point row (no paging) then the aggregate rows, Indonesian headers' })
  @IsOptional()
  @IsIn(['json', 'csv', 'xlsx'])
  format: 'json' | 'csv' | 'xlsx' = 'json';

  @ApiPropertyOptional({ enum: CSV_SEPARATORS, example: 'semicolon', description: 'CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID)' })
  @IsOptional()
  @IsIn(CSV_SEPARATORS as unknown as string[])
  separator: CsvSeparator = 'comma';
}

export class AdjustmentsByReason implements Record<AdjustmentReason, number> {
  @ApiProperty({ example: -2 }) damaged!: number;
  @ApiProperty({ example: 0 }) quality_problem!: number;
  @ApiProperty({ example: 0 }) lost!: number;
  @ApiProperty({ example: 0 }) stolen!: number;
  @ApiProperty({ example: 0 }) found!: number;
  @ApiProperty({ example: 0 }) expired_write_off!: number;
  @ApiProperty({ example: 0 }) correction!: number;
}

export class MonthlyReportRow {
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', format: 'uuid', nullable: true, type: String, description: 'null on an aggregate row' }) pointId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'DIC-MKS-01' }) pointCode!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'DIC Makassar' }) pointName!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '73.71' }) regencyCode!: string | null;
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c', format: 'uuid' }) productId!: string;
  @ApiProperty({ example: 'NSP-1ML' }) productCode!: string;
  @ApiProperty({ example: 1200, description: 'Stock at the start of the month' }) opening!: number;
  @ApiProperty({ example: 3000, description: 'Receipts and shipments received (net of their reversals)' }) received!: number;
  @ApiProperty({ example: 2650, description: 'Used by clients: distributions net of their reversals' }) issued!: number;
  @ApiProperty({ example: 500, description: 'Shipments sent to other points (outreach kits it supplies, transfers), net of cancellations' }) shippedOut!: number;
  @ApiProperty({ type: AdjustmentsByReason, description: 'Signed: adjustments and stock count differences, per reason' }) adjustments!: AdjustmentsByReason;
  @ApiProperty({ example: 1040, description: 'Stock at the end of the month = opening + received - issued - shippedOut + adjustments' }) closing!: number;
  @ApiProperty({ example: true, description: 'Whether the identity above holds (always true unless the ledger has a line of an unknown kind)' }) balanced!: boolean;
  @ApiProperty({ nullable: true, type: String, example: '2027-03-31', description: 'Earliest expiry of the lots on hand at the end of the month' }) nearestExpiry!: string | null;
  @ApiProperty({ example: 0, description: 'Days of the month the point had none of the product (stock-out periods)' }) stockoutDays!: number;
  @ApiProperty({ example: 3000, description: 'Quantity asked for in resupply requests submitted in the month (cancelled ones left out)' }) requested!: number;
}

export class MonthlyReport {
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ example: false, description: 'Whether the month is closed for every point in the report (then its figures never change)' }) closed!: boolean;
  @ApiProperty({ example: 0, description: 'How many of the points in the report have the month closed' }) closedPoints!: number;
  @ApiProperty({ type: [MonthlyReportRow], description: 'Per point and product, one page of points (ordered by point code)' }) items!: MonthlyReportRow[];
  @ApiProperty({ example: 12, description: 'Points in the report' }) total!: number;
  @ApiProperty({ example: 50 }) limit!: number;
  @ApiProperty({ example: 0 }) offset!: number;
  @ApiProperty({ type: [MonthlyReportRow], description: 'Per product, summed over every point of the report (not just the page)' }) totals!: MonthlyReportRow[];
}

export { ADJUSTMENT_REASONS };
