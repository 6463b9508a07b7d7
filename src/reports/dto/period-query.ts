import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ExportFormatQuery } from '../../common/table-export';
import { PROVINCE_CODE, REGENCY_CODE } from '../../common/transforms';
import { MONTH } from './monthly-report.dto';

/** A report over local months `from`..`to` (checked by assertPeriod), optionally one regency or province, as JSON, CSV or xlsx. */
export class PeriodQuery extends ExportFormatQuery {
  @ApiProperty({ example: '2026-07', description: "First month of the period, in each point's local calendar" })
  @Matches(MONTH, { message: 'from must look like 2026-07' })
  from!: string;

  @ApiProperty({ example: '2026-12', description: 'Last month of the period (inclusive), at most 24 months after `from`' })
  @Matches(MONTH, { message: 'to must look like 2026-12' })
  to!: string;

  @ApiPropertyOptional({ example: '32.73', description: 'One regency (district officers: one of theirs)' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '32', description: 'One province (administrators)' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;
}
