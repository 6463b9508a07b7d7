import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { NoClientIdentifiers } from '../../common/client-identifiers';
import { PageOf } from '../../common/pagination';
import { DownloadableQuery } from '../../common/table-export';
import { PROVINCE_CODE, REGENCY_CODE, trim } from '../../common/transforms';
import { MONTH } from '../../reports/dto/monthly-report.dto';
import { FLAG_KINDS, FlagKind } from '../flag-rules';

const STATUSES = ['open', 'reviewed'] as const;

export class FlagQuery extends DownloadableQuery {
  @ApiPropertyOptional({ enum: STATUSES, example: 'open', description: 'open: not reviewed yet' })
  @IsOptional()
  @IsIn(STATUSES as unknown as string[], { message: `status must be one of: ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: FLAG_KINDS, example: 'distribution_spike' })
  @IsOptional()
  @IsIn(FLAG_KINDS as unknown as string[], { message: `kind must be one of: ${FLAG_KINDS.join(', ')}` })
  kind?: FlagKind;

  @ApiPropertyOptional({ example: '2026-11', description: "The local month the flag is about" })
  @IsOptional()
  @Matches(MONTH, { message: 'month must look like 2026-11' })
  month?: string;

  @ApiPropertyOptional({ example: '32.73' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '32' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' })
  @IsOptional()
  @IsUUID('all', { message: 'pointId must be a UUID' })
  pointId?: string;
}

export class FlagResponse {
  @ApiProperty({ example: '6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f' }) id!: string;
  @ApiProperty({ enum: FLAG_KINDS, example: 'distribution_spike' }) kind!: FlagKind;
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10' }) pointId!: string;
  @ApiProperty({ example: 'DIC-BDG-01' }) pointCode!: string;
  @ApiProperty({ example: 'Drop-in Centre Bandung Wetan' }) pointName!: string;
  @ApiProperty({ example: '32.73' }) regencyCode!: string;
  @ApiProperty({ type: String, nullable: true, example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c' }) productId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'NS-1ML-LDS-29G' }) productCode!: string | null;
  @ApiProperty({ example: '2026-11', description: 'The local month the flag is about' }) month!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { quantity: 2400, history: [600, 620, 580, 610, 590, 605], median: 602.5, mad: 12.5, robustZ: 97.03, ratioToMedian: 3.98 },
    description: 'The numbers that raised it, one shape per kind (docs/data-quality.md)',
  })
  evidence!: Record<string, unknown>;
  @ApiProperty({ example: '2026-12-02T18:00:03.000Z' }) raisedAt!: string;
  @ApiProperty({ example: '2026-12-03T18:00:02.000Z', description: 'The last scan that still saw it (unreviewed flags follow the data)' }) seenAt!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) reviewedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) reviewedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) reviewComment!: string | null;
}

export class FlagPage extends PageOf(FlagResponse) {}

export class ReviewFlagRequest {
  @ApiProperty({
    example: 'Checked with the DIC coordinator: a group supply for a rehabilitation centre, figures correct.',
    description: 'What the review found, 3-500 characters; about the figures, never about a client',
  })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  @NoClientIdentifiers()
  comment!: string;
}

export class ScanFlagsRequest {
  @ApiPropertyOptional({ example: '2026-11', description: 'The local month to scan; default the current and the previous month' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must look like 2026-11' })
  month?: string;
}

export class ScanFlagsResponse {
  @ApiProperty({ type: [String], example: ['2026-11', '2026-12'] }) months!: string[];
  @ApiProperty({ example: 14, description: 'Flags raised or still seen' }) seen!: number;
  @ApiProperty({ example: 3, description: 'Of them, new' }) raised!: number;
  @ApiProperty({ example: 1, description: 'Unreviewed flags whose condition cleared (removed)' }) cleared!: number;
}
