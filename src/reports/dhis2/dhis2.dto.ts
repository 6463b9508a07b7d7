import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MonthlyReportQuery } from '../dto/monthly-report.dto';

export class Dhis2ExportQuery extends PickType(MonthlyReportQuery, ['month', 'pointId', 'regencyCode', 'provinceCode'] as const) {
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
