import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { CreatePointRequest, PointPage, PointQuery, PointResponse, UpdatePointRequest } from './dto/point.dto';
import { PointsService } from './points.service';

@ApiTags('points')
@ApiBearerAuth()
@Controller('points')
export class PointsController {
  constructor(private readonly points: PointsService) {}

  @Get()
  @ApiOperation({ summary: 'Distribution points you can see: all for administrators, your regencies for district officers, your own points otherwise' })
  @ApiOkResponse({ type: PointPage })
  @ApiProblems(400, 401, 403)
  list(@CurrentUser() actor: AuthUser, @Query() query: PointQuery) {
    return this.points.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One distribution point (404 when it is outside your scope)' })
  @ApiOkResponse({ type: PointResponse })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.points.get(actor, id);
  }

  @Get(':id/recipients')
  @ApiOperation({
    summary: 'The active points this point supplies (where its staff may send shipments along the supply chain), for anyone who can see the point',
  })
  @ApiOkResponse({ type: [PointResponse] })
  @ApiProblems(400, 401, 404)
  recipients(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.points.recipients(actor, id);
  }

  @Post()
  @Roles('admin', 'district_officer')
  @ApiOperation({ summary: 'Create a point (administrators anywhere, district officers in their regencies)' })
  @ApiCreatedResponse({ type: PointResponse })
  @ApiProblems(400, 401, 403, 409, 422)
  create(@CurrentUser() actor: AuthUser, @Body() request: CreatePointRequest) {
    return this.points.create(actor, request);
  }

  @Patch(':id')
  @Roles('admin', 'district_officer')
  @ApiOperation({ summary: 'Change a point; deactivate with active=false (points are never deleted)' })
  @ApiOkResponse({ type: PointResponse })
  @ApiProblems(400, 401, 403, 404, 422)
  update(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() request: UpdatePointRequest) {
    return this.points.update(actor, id, request);
  }
}
