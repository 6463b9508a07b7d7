import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordRequest {
  @ApiProperty({ example: 'pasokan-demo', description: 'The password you log in with now' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  currentPassword!: string;

  @ApiProperty({ example: 'a-new-long-passphrase', minLength: 10, maxLength: 128 })
  @IsString()
  @MinLength(10, { message: 'newPassword must be at least 10 characters long' })
  @MaxLength(128)
  newPassword!: string;
}
