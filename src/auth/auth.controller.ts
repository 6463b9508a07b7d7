import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiProblems } from '../common/problem/problem.schema';
import { UserResponse } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { ChangePasswordRequest } from './dto/change-password.dto';
import { LoginRequest, LoginResponse } from './dto/login.dto';
import { Public } from './public.decorator';
import type { AuthUser } from './roles';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in and receive a bearer token. Attempts are rate-limited per client address.' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(400, 401, 429)
  login(@Body() request: LoginRequest): Promise<LoginResponse> {
    return this.auth.login(request.username, request.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user with role and scope' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(401)
  me(@CurrentUser() user: AuthUser): Promise<UserResponse> {
    return this.users.get({ ...user, role: 'admin' }, user.id);
  }

  @Post('password')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change your own password',
    description:
      'Any user, with their current password. Every token issued before stops working, this one included: log in again ' +
      'with the new password. Administrators and district officers reset other users\' passwords with PATCH /users/{id}.',
  })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiProblems(400, 401, 422)
  async changePassword(@CurrentUser() user: AuthUser, @Body() request: ChangePasswordRequest): Promise<void> {
    await this.users.changeOwnPassword(user, request.currentPassword, request.newPassword);
  }
}
