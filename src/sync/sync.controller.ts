import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { MAX_SYNC_MOVEMENTS, SyncMovementsRequest, SyncMovementsResponse } from './dto/sync.dto';
import { SyncService } from './sync.service';

@ApiTags('sync')
@ApiBearerAuth()
@Controller('sync')
export class SyncController {
  constructor(private readonly sync: SyncService) {}

  @Post('movements')
  @HttpCode(200)
  @ApiOperation({
    summary: `Record up to ${MAX_SYNC_MOVEMENTS} movements captured offline in one request, each answered on its own`,
    description:
      'Each movement is the body of `POST /points/{pointId}/movements` plus its `pointId`. They are applied in the order ' +
      'sent, each in its own transaction, with exactly the rules, scope and idempotency of the single endpoint: ' +
      '`recorded` (status 201), `replayed` (the same id and request were already recorded; status 200) or `refused` ' +
      '(`problem` is the document the single endpoint would have answered, and nothing of that movement was written). ' +
      'A refused movement does not stop the others. If the database fails part-way the whole request answers 503 and ' +
      'the client resends the whole batch: what was recorded comes back as replayed.',
  })
  @ApiOkResponse({ type: SyncMovementsResponse })
  @ApiProblems(400, 401, 413, 503)
  async movements(
    @CurrentUser() actor: AuthUser,
    @Body() request: SyncMovementsRequest,
    @Req() httpRequest: Request & { id?: string },
  ): Promise<SyncMovementsResponse> {
    return { results: await this.sync.syncMovements(actor, request.movements, httpRequest.id) };
  }
}
