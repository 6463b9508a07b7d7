import { ApiProperty } from '@nestjs/swagger';
import { FUNDING_SOURCES, FundingSource } from '../../stock/ledger-rules';
import { PeriodQuery } from './period-query';

export const STOCKOUT_DAYS_BY_SOURCE =
  "Stock-out days by funding source: the days (in the point's local calendar, inside the period, up to today) on which a point had no usable stock of " +
  'a product, each counted once, under the funding source of the lot the point last took stock out of before the stock-out began ' +
  '(the source it relied on when it ran out); `null` when the point never held a lot of that product. Summed over points (point-days).';

/** The funding-source report's period and place (PeriodQuery). */
export class FundingSourceReportQuery extends PeriodQuery {}

export class FundingSourceRow {
  @ApiProperty({ type: String, nullable: true, example: '32.73', description: 'null on a total row (every regency in scope)' }) regencyCode!: string | null;
  @ApiProperty({ type: String, enum: FUNDING_SOURCES, nullable: true, example: 'GLOBAL_FUND', description: 'null: stock-out days of points that never held a lot of the product' }) fundingSource!: FundingSource | null;
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c', format: 'uuid' }) productId!: string;
  @ApiProperty({ example: 'CONDOM-M' }) productCode!: string;
  @ApiProperty({ example: 1200, description: 'Stock on hand at the start of the period (as the monthly report counts it)' }) opening!: number;
  @ApiProperty({ example: 5000, description: 'Received from outside and from other points' }) received!: number;
  @ApiProperty({ example: 4100, description: 'Distributed to clients: the monthly report\'s "issued"' }) distributed!: number;
  @ApiProperty({ example: 300, description: 'Shipped to other points' }) shippedOut!: number;
  @ApiProperty({ example: 40, description: 'Written off as expired (expired_write_off adjustments), as a positive quantity' }) expiredWrittenOff!: number;
  @ApiProperty({ example: 6, description: 'Other losses: damaged, quality problem, lost, stolen, as a positive quantity' }) otherLosses!: number;
  @ApiProperty({ example: 2, description: 'Other adjustments (found, correction), signed' }) otherAdjustments!: number;
  @ApiProperty({ example: 1756, description: 'Stock on hand at the end of the period (the ledger balance), expired lots included' }) onHand!: number;
  @ApiProperty({ example: 24, description: 'Of onHand, in lots expired by the end of the period (not yet written off)' }) expiredOnHand!: number;
  @ApiProperty({ example: 9, description: STOCKOUT_DAYS_BY_SOURCE }) stockoutDays!: number;
}

export class FundingSourceReport {
  @ApiProperty({ example: '2026-07' }) from!: string;
  @ApiProperty({ example: '2026-12' }) to!: string;
  @ApiProperty({ type: [FundingSourceRow], description: 'Per regency, funding source and product' }) items!: FundingSourceRow[];
  @ApiProperty({ type: [FundingSourceRow], description: 'Per funding source and product over every regency in scope (regencyCode null)' }) totals!: FundingSourceRow[];
}
