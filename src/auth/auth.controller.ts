import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiProblems } from '../common/problem/problem.schema';
import { UserResponse } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { CurrentUser } from '../access/current-user.decorator';
import { DeviceSessionsService } from './device-sessions.service';
import { ChangePasswordRequest } from './dto/change-password.dto';
import { LoginRequest, LoginResponse } from './dto/login.dto';
import { DeviceSessionPage, DeviceSessionQuery, RefreshRequest, RefreshResponse } from './dto/session.dto';
import { Public } from './public.decorator';
import type { AuthUser } from '../access/roles';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly sessions: DeviceSessionsService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Log in: a bearer token, and a device session whose refresh token keeps the device logged in',
    description:
      'Failed attempts are limited per username and client address, and per username from all addresses; successful ' +
      'logins are never counted (429 with Retry-After). Every login opens a device session (optionally labelled with `deviceName`): keep ' +
      '`refreshToken` on the device and exchange it at POST /auth/refresh when the access token expires. The session ends ' +
      'on logout, when revoked (DELETE /sessions/{id}), after DEVICE_SESSION_IDLE_DAYS without a refresh, when the ' +
      'password changes, or when the account is deactivated.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiProblems(400, 401, 429)
  login(@Body() body: LoginRequest, @Req() request: Request): Promise<LoginResponse> {
    return this.auth.login(body.username, body.password, request.ip ?? request.socket.remoteAddress ?? 'unknown', body.deviceName);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'A new access token for a device session',
    description:
      'The refresh token is not rotated: the same one keeps working (a phone that lost an answer can retry). 401 ' +
      'SESSION_REVOKED (logged out, revoked, password changed, account deactivated) or SESSION_EXPIRED (unused for ' +
      'DEVICE_SESSION_IDLE_DAYS) means: log in again. Records captured offline stay on the device meanwhile.',
  })
  @ApiOkResponse({ type: RefreshResponse })
  @ApiProblems(400, 401)
  refresh(@Body() request: RefreshRequest): Promise<RefreshResponse> {
    return this.auth.refresh(request.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: "Ends the caller's device session: its refresh token and access tokens stop working" })
  @ApiNoContentResponse({ description: 'Logged out' })
  @ApiProblems(401)
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.sessions.logout(user);
  }

  @Get('sessions')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Your device sessions, active first (`current` marks the one making this request)' })
  @ApiOkResponse({ type: DeviceSessionPage })
  @ApiProblems(400, 401)
  mySessions(@CurrentUser() user: AuthUser, @Query() query: DeviceSessionQuery) {
    return this.sessions.list(user, user.id, query);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The logged-in user with role and scope' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(401)
  me(@CurrentUser() user: AuthUser): Promise<UserResponse> {
    return this.users.byId(user.id);
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
