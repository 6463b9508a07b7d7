import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PROVINCE_CODE, REGENCY_CODE } from '../../common/transforms';

export class DashboardQuery {
  @ApiPropertyOptional({ example: '32', description: 'One province: its figures, and one row per regency' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;

  @ApiPropertyOptional({ example: '32.73', description: 'One regency/city (wins over provinceCode)' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;
}

export class StatusCount {
  @ApiProperty({ example: 2, description: 'Points with at least one product in this status' })
  points!: number;

  @ApiProperty({ example: 5, description: 'Point and product rows in this status (what the shortage list shows)' })
  rows!: number;
}

export class DashboardFigures {
  @ApiProperty({ example: 12, description: 'Active points' })
  points!: number;

  @ApiProperty({ type: StatusCount, description: 'No usable stock of a product the point carries' })
  stockout!: StatusCount;

  @ApiProperty({ type: StatusCount, description: 'Fewer months of stock than the minimum' })
  belowMin!: StatusCount;

  @ApiProperty({ type: StatusCount, description: 'More months of stock than the maximum' })
  aboveMax!: StatusCount;

  @ApiProperty({ example: 3, description: 'Lots held (point and lot) expiring within 30 days, not yet expired' })
  lotsExpiring30!: number;

  @ApiProperty({ example: 5, description: 'Within 60 days' })
  lotsExpiring60!: number;

  @ApiProperty({ example: 9, description: 'Within 90 days' })
  lotsExpiring90!: number;

  @ApiProperty({ example: 1, description: 'Lots held that have expired (to be written off)' })
  lotsExpired!: number;

  @ApiProperty({ example: 2, description: 'Resupply requests of points here waiting for a decision' })
  requestsWaiting!: number;

  @ApiProperty({ example: 1, description: 'Open alerts that a shipment is overdue (in transit longer than SHIPMENT_TRANSIT_DAYS)' })
  shipmentsOverdue!: number;

  @ApiProperty({ example: 14, description: 'Open alerts (not acknowledged, not resolved)' })
  openAlerts!: number;

  @ApiProperty({ example: 2, description: 'Data-quality flags not reviewed yet (GET /data-quality/flags?status=open)' })
  openFlags!: number;
}

export class DashboardArea extends DashboardFigures {
  @ApiProperty({ example: '32.73', description: 'A province code (32) or a regency code (32.73)' })
  code!: string;

  @ApiProperty({ example: 'Kota Bandung' })
  name!: string;
}

export class DashboardThresholds {
  @ApiProperty({ example: [30, 60, 90], type: [Number], description: 'The expiry windows counted, in days' })
  expiryWindowsDays!: number[];

  @ApiProperty({ example: 3, description: 'REQUEST_DECISION_DAYS: a request waiting longer is overdue' })
  requestDecisionDays!: number;

  @ApiProperty({ example: 14, description: 'SHIPMENT_TRANSIT_DAYS: a shipment in transit longer is overdue' })
  shipmentTransitDays!: number;
}

export class DashboardResponse extends DashboardFigures {
  @ApiProperty({ enum: ['all', 'province', 'regency'], example: 'regency', description: 'all: everything in your scope; province or regency: the one asked for' })
  level!: 'all' | 'province' | 'regency';

  @ApiProperty({ example: '32', nullable: true, type: 'string' })
  provinceCode!: string | null;

  @ApiProperty({ example: '32.73', nullable: true, type: 'string' })
  regencyCode!: string | null;

  @ApiProperty({ example: 'Kota Bandung', nullable: true, type: 'string', description: 'The province or regency name' })
  name!: string | null;

  @ApiProperty({ enum: ['province', 'regency'], nullable: true, example: null, description: 'What each row of `areas` is' })
  areaLevel!: 'province' | 'regency' | null;

  @ApiProperty({ type: [DashboardArea], description: 'The same figures per province (an administrator, everything) or per regency (a province, or a district officer with several regencies)' })
  areas!: DashboardArea[];

  @ApiProperty({ type: DashboardThresholds })
  thresholds!: DashboardThresholds;

  @ApiProperty({ example: '2026-12-02T10:00:00.000Z', format: 'date-time' })
  asOf!: string;

  @ApiProperty({
    example: 0,
    description: 'Points in scope whose shortage figures are still waiting to be recomputed by the background drain (0 normally); their counts are their last computed ones.',
  })
  pendingPoints!: number;
}
