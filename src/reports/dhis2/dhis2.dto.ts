import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PROVINCE_CODE, REGENCY_CODE } from '../../common/transforms';
import { MONTH } from '../dto/monthly-report.dto';

export class Dhis2ExportQuery {
  @ApiProperty({ example: '2026-11', description: "The month, in each point's local calendar (WIB/WITA/WIT)" })
  @Matches(MONTH, { message: 'month must look like 2026-11' })
  month!: string;

  @ApiPropertyOptional({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', description: 'One point' })
  @IsOptional()
  @IsUUID()
  pointId?: string;

  @ApiPropertyOptional({ example: '32.73', description: 'Every point of a regency' })
  @IsOptional()
  @Matches(REGENCY_CODE, { message: 'regencyCode must look like 32.73' })
  regencyCode?: string;

  @ApiPropertyOptional({ example: '32', description: 'Every point of a province' })
  @IsOptional()
  @Matches(PROVINCE_CODE, { message: 'provinceCode must look like 32 (two digits)' })
  provinceCode?: string;

  @ApiPropertyOptional({
    enum: ['point', 'regency'],
    example: 'point',
    description: 'The DHIS2 org units the values are for: each point (orgUnits.points of the mapping), or each regency with its points summed (orgUnits.regencies)',
  })
  @IsOptional()
  @IsIn(['point', 'regency'])
  level: 'point' | 'regency' = 'point';

  @ApiPropertyOptional({ enum: ['json', 'adx'], example: 'json', description: 'json: DHIS2 dataValueSets; adx: IHE ADX XML' })
  @IsOptional()
  @IsIn(['json', 'adx'])
  format: 'json' | 'adx' = 'json';
}

export class Dhis2DataValueResponse {
  @ApiProperty({ example: 'DeLogIssu01', description: 'DHIS2 data element UID' }) dataElement!: string;
  @ApiProperty({ example: '202611', description: 'DHIS2 monthly period (yyyyMM)' }) period!: string;
  @ApiProperty({ example: 'DkBdgDicWt1', description: 'DHIS2 org unit UID' }) orgUnit!: string;
  @ApiPropertyOptional({ example: 'CcNs1mlLd01', description: 'Category option combo UID; absent: the default combo' }) categoryOptionCombo?: string;
  @ApiPropertyOptional({ example: 'AoGlobalF01', description: "Attribute option combo UID (the mapping's); absent: the default" }) attributeOptionCombo?: string;
  @ApiProperty({ example: '2650', description: 'The figure, as DHIS2 writes values: a string' }) value!: string;
}

export class Dhis2DataValueSetResponse {
  @ApiPropertyOptional({ example: 'DsPasokan01', description: "The mapping's data set UID" }) dataSet?: string;
  @ApiProperty({ example: '202611' }) period!: string;
  @ApiPropertyOptional({ example: '2026-12-03', description: 'Set when the month is closed for every point of the export (its figures never change)' }) completeDate?: string;
  @ApiProperty({ type: [Dhis2DataValueResponse] }) dataValues!: Dhis2DataValueResponse[];
}
