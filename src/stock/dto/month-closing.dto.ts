import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { REGENCY_CODE, trim } from '../../common/transforms';

export class CloseMonthRequest {
  @ApiProperty({ example: '2026-11', description: 'The month to close (YYYY-MM); it and every month before it are closed' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM, for example 2026-11' })
  month!: string;

  @ApiPropertyOptional({ example: '32.73', description: 'Close the month for every point of this regency (give this or pointId)' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', description: 'Close the month for one point (give this or regencyCode)' })
  @IsOptional()
  @IsUUID('all', { message: 'pointId must be a UUID' })
  pointId?: string;

  @ApiPropertyOptional({ example: 'LPLPO November sent to Dinkes Provinsi', maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class MonthClosingQuery extends PageQuery {
  @ApiPropertyOptional({ example: '32.73' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', description: 'Closings that apply to this point (its own and its regency\'s)' })
  @IsOptional()
  @IsUUID('all', { message: 'pointId must be a UUID' })
  pointId?: string;
}

export class MonthClosingResponse {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ example: '32.73' })
  regencyCode!: string;

  @ApiProperty({ type: String, example: null, nullable: true, description: 'null: the whole regency' })
  pointId!: string | null;

  @ApiProperty({ example: 'dinkes.bandung' })
  closedBy!: string;

  @ApiProperty({ example: '2026-12-16T03:00:00.000Z' })
  closedAt!: string;

  @ApiProperty({ type: String, example: null, nullable: true })
  note!: string | null;
}

export class MonthClosingPage extends PageOf(MonthClosingResponse) {}
