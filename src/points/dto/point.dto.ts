import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { INDONESIAN_TIME_ZONES } from '../../regions/time-zones';
import { POINT_TYPES, PointType } from '../point-types';
import { REGENCY_CODE, queryBoolean, trim, upperTrim } from '../../common/transforms';
import { NoClientIdentifiers } from '../../common/client-identifiers';


export class CreatePointRequest {
  @ApiProperty({ example: 'DIC-BDG-01', description: '2-40 characters: letters, digits, dash, underscore (stored upper case)' })
  @Transform(upperTrim)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code must be 2 to 40 letters, digits, dashes or underscores' })
  code!: string;

  @ApiProperty({ example: 'DIC Rumah Cemara Bandung', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @NoClientIdentifiers()
  name!: string;

  @ApiProperty({ enum: POINT_TYPES, example: 'drop_in_centre' })
  @IsIn(POINT_TYPES as unknown as string[], { message: `type must be one of: ${POINT_TYPES.join(', ')}` })
  type!: PointType;

  @ApiProperty({ example: '32.73', description: 'Kemendagri regency/city code (see GET /api/v1/regions/regencies)' })
  @IsString()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73 (two digits, a dot, two digits)' })
  regencyCode!: string;

  @ApiPropertyOptional({ type: String, example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', nullable: true, description: 'The point that resupplies this one' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsUUID('all', { message: 'supplierPointId must be a UUID or null' })
  supplierPointId?: string | null;

  @ApiPropertyOptional({
    example: false,
    description: 'May hold and dispense restricted products (naloxone). Defaults by type: true for puskesmas and district health offices.',
  })
  @IsOptional()
  @IsBoolean()
  mayHoldRestricted?: boolean;

  @ApiPropertyOptional({ example: true, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdatePointRequest extends PartialType(OmitType(CreatePointRequest, ['code'] as const)) {}

export class PointQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.73' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ enum: POINT_TYPES })
  @IsOptional()
  @IsIn(POINT_TYPES as unknown as string[])
  type?: PointType;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'Points resupplied by this point' })
  @IsOptional()
  @IsUUID()
  supplierPointId?: string;

  @ApiPropertyOptional({ example: 'bandung', description: 'Part of the name or code, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class PointResponse {
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  id!: string;

  @ApiProperty({ example: 'DIC-BDG-01' })
  code!: string;

  @ApiProperty({ example: 'DIC Rumah Cemara Bandung' })
  name!: string;

  @ApiProperty({ enum: POINT_TYPES, example: 'drop_in_centre' })
  type!: PointType;

  @ApiProperty({ example: '32.73' })
  regencyCode!: string;

  @ApiProperty({ example: 'Kota Bandung' })
  regencyName!: string;

  @ApiProperty({ example: '32' })
  provinceCode!: string;

  @ApiProperty({ enum: INDONESIAN_TIME_ZONES, example: 'Asia/Jakarta', description: "The point's local time zone; 'today' for expiry is its local date" })
  timeZone!: string;

  @ApiProperty({ type: String, example: '5f1c0d2e-7a4b-4c3d-9e8f-1a2b3c4d5e6f', nullable: true })
  supplierPointId!: string | null;

  @ApiProperty({ example: false })
  mayHoldRestricted!: boolean;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ example: '2026-11-23T01:00:00.000Z' })
  createdAt!: Date;

  @ApiProperty({ example: '2026-11-23T01:00:00.000Z' })
  updatedAt!: Date;
}

export class PointPage extends PageOf(PointResponse) {}
