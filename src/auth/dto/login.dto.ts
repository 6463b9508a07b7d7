import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { UserResponse } from '../../users/dto/user.dto';

export class LoginRequest {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  username!: string;

  @ApiProperty({ example: 'pasokan-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;

  @ApiPropertyOptional({
    example: 'HP Android',
    maxLength: 60,
    description: 'A short label for the device, shown in its session list (never a person\'s name or number)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  deviceName?: string;
}

export class LoginResponse {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...', description: 'Send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @ApiProperty({ type: 'integer', example: 28800, description: 'Seconds until the token expires' })
  expiresIn!: number;

  @ApiProperty({
    example: 'q3Jx0m1b2V...',
    description: 'Opaque, long-lived: exchange it at POST /auth/refresh for a new access token. Keep it on the device only.',
  })
  refreshToken!: string;

  @ApiProperty({ format: 'date-time', example: '2027-03-02T02:00:00.000Z', description: 'When the refresh token expires unless used before' })
  refreshExpiresAt!: string;

  @ApiProperty({ format: 'uuid', example: '6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b', description: 'This device session' })
  sessionId!: string;

  @ApiProperty({ type: UserResponse })
  user!: UserResponse;
}
