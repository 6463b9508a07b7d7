import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { INDONESIAN_TIME_ZONES } from '../time-zones';

export class ProvinceResponse {
  @ApiProperty({ example: '32', description: 'Kemendagri province code' })
  code!: string;

  @ApiProperty({ example: 'Jawa Barat' })
  name!: string;

  @ApiProperty({ enum: INDONESIAN_TIME_ZONES, example: 'Asia/Jakarta' })
  timeZone!: string;
}

export class RegencyResponse {
  @ApiProperty({ example: '32.01', description: 'Kemendagri regency/city (kabupaten/kota) code' })
  code!: string;

  @ApiProperty({ example: 'Kabupaten Bogor' })
  name!: string;

  @ApiProperty({ example: '32' })
  provinceCode!: string;

  @ApiProperty({ enum: INDONESIAN_TIME_ZONES, example: 'Asia/Jakarta' })
  timeZone!: string;
}

export class RegencyQuery {
  @ApiPropertyOptional({ example: '32', description: 'Only regencies of this province' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'provinceCode must be two digits, for example 32' })
  provinceCode?: string;

  @ApiPropertyOptional({ example: 'bogor', description: 'Part of the name, any case' })
  @IsOptional()
  @MaxLength(100)
  q?: string;
}
