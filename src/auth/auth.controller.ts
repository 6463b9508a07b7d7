import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
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
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in and receive a bearer token',
    description:
      'Failed attempts are limited per username and client address, and per username from all addresses; ' +
      'successful logins are never counted. A blocked attempt answers 429 with Retry-After and does not extend the block.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(400, 401, 429)
  login(@Body() body: LoginRequest, @Req() request: Request): Promise<LoginResponse> {
    return this.auth.login(body.username, body.password, request.ip ?? request.socket.remoteAddress ?? 'unknown');
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
