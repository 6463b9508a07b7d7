import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';

const ENTITY_TYPES = ['user', 'point', 'product', 'stock_levels', 'device_session', 'movement', 'shipment', 'resupply_request'];

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENTITY_TYPES, example: 'user' })
  @IsOptional()
  @IsIn(ENTITY_TYPES)
  entityType?: string;

  @ApiPropertyOptional({ example: '7d3c4e1a-3b1f-4a55-8c0e-1f2a3b4c5d6e' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ example: 'dinkes.bogor', description: 'Username of who made the change' })
  @IsOptional()
  @Matches(/^[a-z0-9._-]{3,60}$/, { message: 'actor must be a username' })
  actor?: string;
}

export class AuditEntryResponse {
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({ example: '2026-11-23T03:00:00.000Z' })
  at!: string;

  @ApiProperty({ type: String, example: 'dinkes.bogor', nullable: true })
  actor!: string | null;

  @ApiProperty({ enum: ['create', 'update'], example: 'update' })
  action!: string;

  @ApiProperty({ enum: ENTITY_TYPES, example: 'point' })
  entityType!: string;

  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  entityId!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { active: true }, nullable: true, description: 'The record before the change (null when created)' })
  before!: Record<string, unknown> | null;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { active: false }, description: 'The record after the change' })
  after!: Record<string, unknown>;
}

export class AuditPage extends PageOf(AuditEntryResponse) {}
