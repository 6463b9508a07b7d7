import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';

export const SESSION_STATUSES = ['active', 'revoked', 'expired'] as const;
export const REVOCATION_REASONS = ['logout', 'revoked', 'password_changed', 'deactivated'] as const;

export class RefreshRequest {
  @ApiProperty({ example: 'q3Jx0m1b2V...', description: 'The refreshToken given at login' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken!: string;
}

export class RefreshResponse {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...', description: 'A new access token for the same session' })
  accessToken!: string;

  @ApiProperty({ type: 'integer', example: 28800, description: 'Seconds until the access token expires' })
  expiresIn!: number;

  @ApiProperty({ format: 'date-time', example: '2027-03-02T02:00:00.000Z', description: 'When the refresh token expires unless used again before' })
  refreshExpiresAt!: string;
}

export class DeviceSessionResponse {
  @ApiProperty({ format: 'uuid', example: '6a1f0c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '7d3c4e1a-3b1f-4a55-8c0e-1f2a3b4c5d6e' })
  userId!: string;

  @ApiProperty({ example: 'staff.dic.bandung' })
  username!: string;

  @ApiProperty({ example: 'HP Android', nullable: true, type: 'string', description: 'The label the device gave at login' })
  deviceLabel!: string | null;

  @ApiProperty({ enum: SESSION_STATUSES, example: 'active' })
  status!: (typeof SESSION_STATUSES)[number];

  @ApiProperty({ example: true, description: 'The session of the token making this request' })
  current!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-12-02T02:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-02T09:00:00.000Z', description: 'Login or last refresh' })
  lastUsedAt!: string;

  @ApiProperty({ format: 'date-time', example: '2027-03-02T09:00:00.000Z', description: 'When it expires unless used again before (idle limit)' })
  expiresAt!: string;

  @ApiProperty({ format: 'date-time', example: null, nullable: true, type: 'string' })
  revokedAt!: string | null;

  @ApiProperty({ example: null, nullable: true, type: 'string', description: 'Username of who revoked it (none when it ended by logout, password change or deactivation)' })
  revokedBy!: string | null;

  @ApiProperty({ enum: REVOCATION_REASONS, example: null, nullable: true })
  revokedReason!: (typeof REVOCATION_REASONS)[number] | null;
}

export class DeviceSessionPage extends PageOf(DeviceSessionResponse) {}

export class DeviceSessionQuery extends PageQuery {}
