import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiCreatedOrReplayed } from '../common/openapi';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { PointResponse } from '../points/dto/point.dto';
import { PointsService } from '../points/points.service';
import { RecordSharpsRequest, SharpsMovementPage, SharpsMovementResponse, SharpsQuery } from './dto/sharps.dto';
import { SharpsService } from './sharps.service';

@ApiTags('sharps')
@ApiBearerAuth()
@Controller()
export class SharpsController {
  constructor(
    private readonly sharps: SharpsService,
    private readonly points: PointsService,
  ) {}

  @Post('points/:pointId/sharps')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record used syringes returned, full sharps containers handed over for destruction, or their destruction',
    description:
      'Counts only, never who returned them. `return`: `syringes` (with `countMethod`: counted, or estimated from container fill) and/or full ' +
      '`containers`; `handover`: `containers` to `toPointId` (an active point of the same regency); `destruction`: `containers` destroyed here by ' +
      '`destructionMethod` (only at SHARPS_DESTRUCTION_POINT_TYPES). Returned syringes are never stock: they do not change balances or AMC. A point ' +
      'never hands over or destroys more full containers than it holds (SHARPS_NOT_HELD). Idempotent like movements (`Idempotent-Replayed: true`); ' +
      'undo one with a reversal movement (POST /points/{pointId}/movements, type reversal).',
  })
  @ApiCreatedOrReplayed(SharpsMovementResponse)
  @ApiProblems(400, 401, 403, 404, 422)
  async record(
    @CurrentUser() actor: AuthUser,
    @UuidParam('pointId') pointId: string,
    @Body() request: RecordSharpsRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SharpsMovementResponse> {
    const { movement, replayed } = await this.sharps.record(actor, pointId, request);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return movement;
  }

  @Get('points/:pointId/sharps')
  @ApiOperation({ summary: "Sharps movements that changed a point (its own and hand-overs to it), newest first, and the full containers it holds" })
  @ApiOkResponse({ type: SharpsMovementPage })
  @ApiProblems(400, 401, 404)
  list(@CurrentUser() actor: AuthUser, @UuidParam('pointId') pointId: string, @Query() query: SharpsQuery) {
    return this.sharps.list(actor, pointId, query);
  }

  @Get('points/:pointId/sharps/receivers')
  @ApiOperation({
    summary: 'Where a point may hand its full sharps containers: active points of its regency that destroy sharps, and its own supplier',
  })
  @ApiOkResponse({ type: [PointResponse] })
  @ApiProblems(400, 401, 404)
  receivers(@CurrentUser() actor: AuthUser, @UuidParam('pointId') pointId: string) {
    return this.points.sharpsReceivers(actor, pointId);
  }
}
