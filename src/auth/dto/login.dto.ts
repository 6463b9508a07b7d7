import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
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
}

export class LoginResponse {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...', description: 'Send as `Authorization: Bearer <token>`' })
  accessToken!: string;

  @ApiProperty({ example: 28800, description: 'Seconds until the token expires' })
  expiresIn!: number;

  @ApiProperty({ type: UserResponse })
  user!: UserResponse;
}
