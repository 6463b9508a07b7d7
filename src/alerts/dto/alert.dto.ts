import { DownloadableQuery } from '../../common/table-export';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PROVINCE_CODE, REGENCY_CODE } from '../../common/transforms';
import { PageOf } from '../../common/pagination';
import { ALERT_SEVERITIES, ALERT_STATUSES, ALERT_TYPES, AlertSeverity, AlertStatus, AlertType } from '../alert-types';

export class AlertQuery extends DownloadableQuery {
  @ApiPropertyOptional({ enum: ALERT_STATUSES, example: 'open' })
  @IsOptional()
  @IsIn(ALERT_STATUSES as unknown as string[])
  status?: AlertStatus;

  @ApiPropertyOptional({ enum: ALERT_TYPES, example: 'lot_expiring' })
  @IsOptional()
  @IsIn(ALERT_TYPES as unknown as string[])
  type?: AlertType;

  @ApiPropertyOptional({ enum: ALERT_SEVERITIES, example: 'critical' })
  @IsOptional()
  @IsIn(ALERT_SEVERITIES as unknown as string[])
  severity?: AlertSeverity;

  @ApiPropertyOptional({ example: '32.73' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '32', description: 'Only the regencies of this province' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;

  @ApiPropertyOptional({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  @IsOptional()
  @IsUUID()
  pointId?: string;
}

export class AlertResponse {
  @ApiProperty({ example: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a' })
  id!: string;

  @ApiProperty({ enum: ALERT_TYPES, example: 'lot_expiring' })
  type!: AlertType;

  @ApiProperty({ enum: ALERT_SEVERITIES, example: 'warning' })
  severity!: AlertSeverity;

  @ApiProperty({ enum: ALERT_STATUSES, example: 'open' })
  status!: AlertStatus;

  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  pointId!: string;

  @ApiProperty({ example: 'DIC-BDG-01' })
  pointCode!: string;

  @ApiProperty({ example: 'Drop-in Centre Bandung Wetan' })
  pointName!: string;

  @ApiProperty({ example: '32.73' })
  regencyCode!: string;

  @ApiProperty({ type: String, example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c', nullable: true })
  productId!: string | null;

  @ApiProperty({ type: String, example: 'SWAB-ALC', nullable: true })
  productCode!: string | null;

  @ApiProperty({ type: String, example: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', nullable: true })
  lotId!: string | null;

  @ApiProperty({ type: String, example: 'SWAB-ALC-A', nullable: true })
  lotNumber!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { expiryDate: '2027-02-06', daysToExpiry: 75, quantity: 3651, windowDays: 90 }, description:
      'What the condition looked like when last seen; one shape per type (docs/api.md, "Alert details"): stockout {since, usable, amc, suggestedQuantity} (amc and suggestedQuantity null until the daily scan when a movement raised it), below_min {usable, amc, monthsOfStock, minMonths, suggestedQuantity}, lot_expiring {lotNumber, expiryDate, daysToExpiry, quantity, windowDays}, expired_on_hand {lotNumber, expiryDate, expiredDaysAgo, quantity}, obsolete_edition {quantity, supersededByProductId, supersededByProductCode}, request_overdue and shipment_overdue name the request or shipment.',
  })
  details!: Record<string, unknown>;

  @ApiProperty({ example: '2026-11-23T18:00:00.000Z' })
  firstSeenAt!: string;

  @ApiProperty({ example: '2026-11-24T18:00:00.000Z' })
  lastSeenAt!: string;

  @ApiProperty({ type: String, example: null, nullable: true })
  acknowledgedAt!: string | null;

  @ApiProperty({ type: String, example: null, nullable: true })
  acknowledgedBy!: string | null;

  @ApiProperty({ type: String, example: null, nullable: true })
  resolvedAt!: string | null;
}

export class AlertPage extends PageOf(AlertResponse) {}
