import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { UuidParam } from '../common/uuid-param';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { CreateUserRequest, UpdateUserRequest, UserPage, UserQuery, UserResponse } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin', 'district_officer')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'Users you manage: everyone for an administrator, the point staff and outreach officers of your regencies for a district officer' })
  @ApiOkResponse({ type: UserPage })
  @ApiProblems(400, 401, 403)
  list(@CurrentUser() actor: AuthUser, @Query() query: UserQuery) {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One user' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 401, 403, 404)
  get(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.users.get(actor, id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a user with a role and its scope (regencies for district officers, points for staff and outreach officers)' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems(400, 401, 403, 409, 422)
  create(@CurrentUser() actor: AuthUser, @Body() request: CreateUserRequest) {
    return this.users.create(actor, request);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a user: password, role, scope, or deactivate with active=false (users are never deleted)' })
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 401, 403, 404, 422)
  update(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() request: UpdateUserRequest) {
    return this.users.update(actor, id, request);
  }
}
