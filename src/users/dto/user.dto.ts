import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateIf,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { ROLES, Role } from '../../access/roles';
import { REGENCY_CODE, lowerTrim, queryBoolean } from '../../common/transforms';


export class CreateUserRequest {
  @ApiProperty({ example: 'dic.bandung', description: '3-60 characters: lowerTrim letters, digits, dot, dash, underscore' })
  @Transform(lowerTrim)
  @IsString()
  @Matches(/^[a-z0-9._-]{3,60}$/, { message: 'username must be 3 to 60 lowerTrim letters, digits, dots, dashes or underscores' })
  username!: string;

  @ApiProperty({ example: 'a-long-passphrase', minLength: 10, maxLength: 128 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(128)
  password!: string;

  @ApiProperty({ enum: ROLES, example: 'point_staff' })
  @IsIn(ROLES as unknown as string[], { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;

  @ApiPropertyOptional({ example: ['32.73'], description: 'Regencies a district officer covers (required for that role only)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(REGENCY_CODE, { each: true, message: 'each regency code must look like 32.73' })
  regencyCodes?: string[];

  @ApiPropertyOptional({
    example: ['0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10'],
    description: 'Points the user works at (required for point_staff and outreach_officer; outreach points for outreach officers)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each point id must be a UUID' })
  pointIds?: string[];

  @ApiPropertyOptional({ example: true, default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    example: 'dinkes.bandung@example.go.id',
    nullable: true,
    type: String,
    description: "The staff member's work e-mail, for stock-out mail and the daily digest (null: none). Staff only: pasokan has no client records",
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @ValidateIf((_, value) => value !== null)
  @IsEmail({}, { message: 'email must be an e-mail address such as nama@dinkes.example.go.id' })
  @MaxLength(254)
  email?: string | null;
}

export class UpdateUserRequest extends PartialType(
  PickType(CreateUserRequest, ['password', 'role', 'regencyCodes', 'pointIds', 'active', 'email'] as const),
) {}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES as unknown as string[])
  role?: Role;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ example: 'bandung', description: 'Part of the username' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;
}

export class UserResponse {
  @ApiProperty({ example: '7d3c4e1a-3b1f-4a55-8c0e-1f2a3b4c5d6e' })
  id!: string;

  @ApiProperty({ example: 'dic.bandung' })
  username!: string;

  @ApiProperty({ enum: ROLES, example: 'point_staff' })
  role!: Role;

  @ApiProperty({ example: [] })
  regencyCodes!: string[];

  @ApiProperty({ example: ['0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10'] })
  pointIds!: string[];

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ example: 'dinkes.bandung@example.go.id', nullable: true, type: String, description: 'Work e-mail for notifications' })
  email!: string | null;

  @ApiProperty({ example: '2026-11-23T01:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-23T01:00:00.000Z' })
  updatedAt!: string;
}

export class UserPage extends PageOf(UserResponse) {}
