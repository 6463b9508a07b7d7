import { Controller, Delete, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { CurrentUser } from '../access/current-user.decorator';
import { DeviceSessionsService } from './device-sessions.service';
import { DeviceSessionPage, DeviceSessionQuery, DeviceSessionResponse } from './dto/session.dto';
import type { AuthUser } from '../access/roles';

/** Device sessions of other users: administrators, and district officers for the users they manage. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller()
export class SessionsController {
  constructor(private readonly sessions: DeviceSessionsService) {}

  @Get('users/:id/sessions')
  @ApiOperation({ summary: "A user's device sessions: your own, or of a user you manage (administrator; district officer for their staff)" })
  @ApiOkResponse({ type: DeviceSessionPage })
  @ApiProblems(400, 401, 404)
  list(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Query() query: DeviceSessionQuery) {
    return this.sessions.list(actor, id, query);
  }

  @Delete('sessions/:id')
  @ApiOperation({
    summary: 'Revoke a device session (a lost or stolen phone): its refresh token and access tokens stop working at once',
    description: 'The user themself, an administrator, or the district officer who manages the user. Audited. Revoking an ended session changes nothing.',
  })
  @ApiOkResponse({ type: DeviceSessionResponse })
  @ApiProblems(400, 401, 404)
  revoke(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string): Promise<DeviceSessionResponse> {
    return this.sessions.revoke(actor, id);
  }
}
