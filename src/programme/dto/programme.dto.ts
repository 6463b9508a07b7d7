import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NoClientIdentifiers } from '../../common/client-identifiers';
import { ExportFormatQuery } from '../../common/table-export';
import { PROVINCE_CODE, queryBoolean, REGENCY_CODE, trim } from '../../common/transforms';
import { PageOf, PageQuery } from '../../common/pagination';
import { PeriodQuery } from '../../reports/dto/period-query';
import { COVERAGE_LEVELS, CoverageLevel } from '../coverage';

export class ProgrammeReportQuery extends PeriodQuery {
  @ApiPropertyOptional({ format: 'uuid', example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', description: 'One point' })
  @IsOptional()
  @IsUUID('all', { message: 'pointId must be a UUID' })
  pointId?: string;
}

/** The needle-syringe programme's figures of one point (or one regency) in one local month. Counts only. */
export class ProgrammeRow {
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ example: '32.73' }) regencyCode!: string;
  @ApiProperty({ type: String, nullable: true, example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', description: 'null on a regency row' }) pointId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'DIC-BDG-01', description: 'null on a regency row' }) pointCode!: string | null;
  @ApiProperty({ example: 1200, description: 'Complete needle-syringe sets distributed to clients (sets, plus the lesser of needles and barrels handed out on their own)' }) distributed!: number;
  @ApiProperty({ example: 500, description: 'Of distributed: at the point' }) distributedAtPoint!: number;
  @ApiProperty({ example: 400, description: 'Of distributed: on outreach' }) distributedOutreach!: number;
  @ApiProperty({ example: 100, description: 'Of distributed: at a hotspot' }) distributedHotspot!: number;
  @ApiProperty({ example: 150, description: 'Of distributed: passed on by a peer collecting for others (secondary distribution)' }) distributedPeerSecondary!: number;
  @ApiProperty({ example: 50, description: 'Of distributed: recorded without a channel' }) distributedNoChannel!: number;
  @ApiProperty({ example: 240, description: 'Client contacts of the distributions (any product), reversed distributions left out' }) contacts!: number;
  @ApiProperty({ example: 30, description: 'Of contacts: new, where the distribution said' }) newContacts!: number;
  @ApiProperty({ example: 800, description: 'Used syringes returned' }) returned!: number;
  @ApiProperty({ example: 300, description: 'Of returned, estimated from container fill rather than counted' }) returnedEstimated!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.667, description: 'returned / distributed, 3 decimals; null when no set was distributed' }) returnRatio!: number | null;
  @ApiProperty({ example: 2, description: 'Full containers returned or filled here' }) containersReturned!: number;
  @ApiProperty({ example: 1, description: 'Full containers received from other points for destruction' }) containersReceived!: number;
  @ApiProperty({ example: 2, description: 'Full containers handed over to other points' }) containersHandedOver!: number;
  @ApiProperty({ example: 0, description: 'Full containers destroyed here' }) containersDestroyed!: number;
  @ApiProperty({ example: 12, description: 'Naloxone units (kits, ampoules) distributed' }) naloxoneUnits!: number;
  @ApiProperty({ example: 24, description: 'Naloxone doses distributed (units x doses per unit)' }) naloxoneDoses!: number;
  @ApiProperty({ example: 5, description: 'Distributions of naloxone that were refills (any reason)' }) naloxoneRefills!: number;
  @ApiProperty({ example: 3, description: 'Of refills: the naloxone was used on an overdose' }) refillsUsedOnOverdose!: number;
  @ApiProperty({ example: 1, description: 'Of refills: lost' }) refillsLost!: number;
  @ApiProperty({ example: 1, description: 'Of refills: confiscated' }) refillsConfiscated!: number;
  @ApiProperty({ example: 0, description: 'Of refills: expired' }) refillsExpired!: number;
  @ApiProperty({ example: 3, description: 'Overdose reversals reported with refills' }) overdoseReversals!: number;
}

export class ProgrammeReport {
  @ApiProperty({ example: '2026-07' }) from!: string;
  @ApiProperty({ example: '2026-12' }) to!: string;
  @ApiProperty({ type: [ProgrammeRow], description: 'Per point and month (months with nothing to report are left out)' }) items!: ProgrammeRow[];
  @ApiProperty({ type: [ProgrammeRow], description: 'Per regency and month over the points in scope (pointId null)' }) regencies!: ProgrammeRow[];
}

export class RecordPwidEstimateRequest {
  @ApiProperty({ example: '32.73', description: 'The regency or city (district officers: one of theirs)' })
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode!: string;

  @ApiProperty({ example: 2025, description: 'The year the estimate is for' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 1850, description: 'Estimated number of people who inject drugs in the regency' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  estimate!: number;

  @ApiProperty({ example: 'Estimasi populasi kunci Kemenkes 2024', description: 'Where the estimate comes from (a publication, a mapping exercise); 2-200 characters' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @NoClientIdentifiers()
  source!: string;
}

export class PwidEstimateResponse {
  @ApiProperty({ example: '7c0e2c3a-8b4f-4c1e-9d2a-5f6b7c8d9e0f' }) id!: string;
  @ApiProperty({ example: '32.73' }) regencyCode!: string;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ example: 1850 }) estimate!: number;
  @ApiProperty({ example: 'Estimasi populasi kunci Kemenkes 2024' }) source!: string;
  @ApiProperty({ example: 'district.bandung' }) recordedBy!: string;
  @ApiProperty({ example: '2026-12-03T02:31:05.123Z' }) recordedAt!: string;
  @ApiProperty({ example: true, description: 'The newest record for its regency and year: the one reports use' }) current!: boolean;
}

export class PwidEstimateQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.73', description: 'One regency (district officers: one of theirs)' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: true, description: 'Only the estimate each regency and year uses (the newest)' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  current?: boolean;
}

export class PwidEstimatePage extends PageOf(PwidEstimateResponse) {}

export class CoverageQuery extends ExportFormatQuery {
  @ApiProperty({ example: 2026, description: 'Calendar year (local months January to December)' })
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'year must be a whole year such as 2026' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ example: '32.73', description: 'One regency (district officers: one of theirs)' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '32', description: 'One province' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;
}

/** Needle-syringe sets per person who injects, in one regency or province and one year. */
export class CoverageRow {
  @ApiProperty({ example: '32' }) provinceCode!: string;
  @ApiProperty({ type: String, nullable: true, example: '32.73', description: 'null on a province row' }) regencyCode!: string | null;
  @ApiProperty({ example: 'Kota Bandung' }) name!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 210000, description: 'Complete needle-syringe sets distributed to clients in the year' }) setsDistributed!: number;
  @ApiProperty({ type: Number, nullable: true, example: 1850, description: 'People who inject drugs (the newest estimate for the year, else the latest earlier year); on a province row, the sum over regencies with one' }) estimate!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2025, description: 'The year of the estimate used (regency rows)' }) estimateYear!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Estimasi populasi kunci Kemenkes 2024' }) estimateSource!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 113.5, description: 'setsDistributed / estimate (1 decimal; on a province row, over its regencies with an estimate); null without an estimate' }) setsPerPerson!: number | null;
  @ApiProperty({ type: String, enum: COVERAGE_LEVELS, nullable: true, example: 'medium', description: 'WHO/UNODC/UNAIDS: low under 100, medium 100-200, high over 200; null without an estimate' }) level!: CoverageLevel | null;
  @ApiProperty({ type: Boolean, nullable: true, example: false, description: 'At least 300 sets per person (the 2030 hepatitis target); null without an estimate' }) meets2030Target!: boolean | null;
  @ApiProperty({ example: 0, description: 'Province rows: regencies with no estimate (their sets are left out of setsPerPerson); 0 or 1 on a regency row' }) regenciesWithoutEstimate!: number;
}

export class CoverageReport {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: [CoverageRow], description: 'Per regency in scope' }) items!: CoverageRow[];
  @ApiProperty({ type: [CoverageRow], description: 'Per province (regencyCode null)' }) provinces!: CoverageRow[];
}
