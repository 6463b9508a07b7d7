import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCreatedOrReplayed, ApiJsonOrCsv } from '../common/openapi';
import { tableDownload } from '../common/table-export';
import { REQUEST_EXPORT_COLUMNS, requestExportRows } from './resupply.export';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import {
  ApproveRequest,
  CreateResupplyRequest,
  RejectRequest,
  ResupplyRequestDetail,
  ResupplyRequestPage,
  ResupplyRequestQuery,
  ResupplySuggestion,
} from './dto/resupply.dto';
import { ResupplyService } from './resupply.service';

@ApiTags('resupply')
@ApiBearerAuth()
@Controller()
export class ResupplyController {
  constructor(private readonly resupply: ResupplyService) {}

  @Post('resupply-requests')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask the point\'s supplier for stock (point staff and outreach officers for their own point)',
    description: 'Idempotent by `id`: a retry answers the request as it is now with `Idempotent-Replayed: true`. Restricted products only for points that may hold them.',
  })
  @ApiCreatedOrReplayed(ResupplyRequestDetail)
  @ApiProblems(400, 401, 403, 404, 422)
  async create(@CurrentUser() actor: AuthUser, @Body() body: CreateResupplyRequest, @Res({ passthrough: true }) response: Response) {
    const { request, replayed } = await this.resupply.create(actor, body);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return request;
  }

  @Get('resupply-requests')
  @ApiOperation({ summary: 'Requests your points made (role=requester) or received as supplier (role=supplier)', description: '`?format=csv|xlsx`: every request matching the filters, a row per request line, Indonesian headers.' })
  @ApiJsonOrCsv(ResupplyRequestPage)
  @ApiProblems(400, 401)
  async list(@CurrentUser() actor: AuthUser, @Query() query: ResupplyRequestQuery) {
    if (query.format === 'json') return this.resupply.list(actor, query);
    return tableDownload(query.format, {
      name: 'pasokan-permintaan',
      sheet: 'Permintaan',
      columns: REQUEST_EXPORT_COLUMNS,
      separator: query.separator,
      pages: await this.resupply.all(actor, query, requestExportRows),
    });
  }

  @Get('resupply-requests/:id')
  @ApiOperation({ summary: 'One request: lines with approved, shipped and received quantities, its history, and its shipments' })
  @ApiOkResponse({ type: ResupplyRequestDetail })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.resupply.get(actor, id);
  }

  @Post('resupply-requests/:id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve, per product, a quantity (possibly different, or 0) with a comment: the supplier\'s staff or a district officer of the requesting regency, not the requester',
    description: 'The same decision sent again by the same person (a retry) answers the request as it is now with `Idempotent-Replayed: true`.',
  })
  @ApiOkResponse({ type: ResupplyRequestDetail })
  @ApiProblems(400, 401, 403, 404, 409)
  async approve(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() body: ApproveRequest, @Res({ passthrough: true }) response: Response) {
    const { request, replayed } = await this.resupply.approve(actor, id, body);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return request;
  }

  @Post('resupply-requests/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason (same deciders as approval)', description: 'Idempotent like approval.' })
  @ApiOkResponse({ type: ResupplyRequestDetail })
  @ApiProblems(400, 401, 403, 404, 409)
  async reject(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() body: RejectRequest, @Res({ passthrough: true }) response: Response) {
    const { request, replayed } = await this.resupply.reject(actor, id, body);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return request;
  }

  @Post('resupply-requests/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a request still waiting for a decision (the requesting point)', description: 'Idempotent like approval.' })
  @ApiOkResponse({ type: ResupplyRequestDetail })
  @ApiProblems(400, 401, 403, 404, 409)
  async cancel(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Res({ passthrough: true }) response: Response) {
    const { request, replayed } = await this.resupply.cancel(actor, id);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return request;
  }

  @Get('points/:id/resupply-suggestion')
  @ApiOperation({ summary: 'Lines pre-filled with the point\'s suggested resupply quantities (shortfall figures), for a new request' })
  @ApiOkResponse({ type: ResupplySuggestion })
  @ApiProblems(400, 401, 404)
  suggestion(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.resupply.suggestion(actor, id);
  }
}
