import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiCreatedOrReplayed, ApiJsonOrCsv } from '../common/openapi';
import { ExportFormatQuery, tableDownload } from '../common/table-export';
import { STOCK_EXPORT_COLUMNS, stockExportRows } from './stock.export';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { MovementPage, MovementQuery, MovementResponse, RecordMovementRequest } from './dto/movement.dto';
import { LotPage, LotQuery, ProductStockResponse, StockCardQuery, StockCardResponse } from './dto/stock.dto';
import { MovementsService } from './movements.service';
import { StockQueriesService } from './stock-queries.service';

@ApiTags('stock')
@ApiBearerAuth()
@Controller()
export class StockController {
  constructor(
    private readonly movements: MovementsService,
    private readonly queries: StockQueriesService,
  ) {}

  @Post('points/:pointId/movements')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record a receipt, distribution, adjustment, stock count or reversal at a point',
    description:
      'The client generates the movement `id`. Resending the identical request returns the original answer with the header ' +
      '`Idempotent-Replayed: true`; the same id with a different request is refused (IDEMPOTENCY_KEY_REUSED). A distribution ' +
      'line without `lotId` is taken from the earliest-expiring usable lots first (FEFO), possibly split over several lots. ' +
      'Stock never goes negative (INSUFFICIENT_STOCK says what is available); expired lots leave only by an expired_write_off ' +
      'adjustment; restricted products (naloxone) only at points allowed to hold them.',
  })
  @ApiCreatedOrReplayed(MovementResponse)
  @ApiProblems(400, 401, 403, 404, 422)
  async record(
    @CurrentUser() actor: AuthUser,
    @UuidParam('pointId') pointId: string,
    @Body() request: RecordMovementRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MovementResponse> {
    const { movement, replayed } = await this.movements.record(actor, pointId, request);
    if (replayed) response.setHeader('Idempotent-Replayed', 'true');
    return movement;
  }

  @Get('points/:pointId/movements')
  @ApiOperation({ summary: 'Movements at a point, most recent first' })
  @ApiOkResponse({ type: MovementPage })
  @ApiProblems(400, 401, 404)
  list(@CurrentUser() actor: AuthUser, @UuidParam('pointId') pointId: string, @Query() query: MovementQuery) {
    return this.movements.list(actor, pointId, query);
  }

  @Get('movements/:id')
  @ApiOperation({ summary: 'One movement with the lines actually applied' })
  @ApiOkResponse({ type: MovementResponse })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.movements.get(actor, id);
  }

  @Get('points/:pointId/stock')
  @ApiOperation({ summary: "Stock on hand per product: usable, expired, inbound in transit, and lots with days to expiry (the point's local date)", description: '`?format=csv|xlsx`: a row per lot (a product with only inbound stock has one row without a lot), Indonesian headers.' })
  @ApiJsonOrCsv(ProductStockResponse, { array: true })
  @ApiProblems(400, 401, 404)
  async stock(@CurrentUser() actor: AuthUser, @UuidParam('pointId') pointId: string, @Query() query: ExportFormatQuery) {
    const stock = await this.queries.stock(actor, pointId);
    if (query.format !== 'csv' && query.format !== 'xlsx') return stock;
    return tableDownload(query.format, { name: 'pasokan-stok-titik', sheet: 'Stok', columns: STOCK_EXPORT_COLUMNS, separator: query.separator, pages: [stockExportRows(stock)] });
  }

  @Get('points/:pointId/stock-card')
  @ApiOperation({ summary: 'Stock card of one product at a point: every line with its running balance, in order of occurrence' })
  @ApiOkResponse({ type: StockCardResponse })
  @ApiProblems(400, 401, 404)
  stockCard(@CurrentUser() actor: AuthUser, @UuidParam('pointId') pointId: string, @Query() query: StockCardQuery) {
    return this.queries.stockCard(actor, pointId, query);
  }

  @Get('lots')
  @ApiOperation({ summary: 'Lots (product, lot number, expiry, funding source), which are the same everywhere' })
  @ApiOkResponse({ type: LotPage })
  @ApiProblems(400, 401)
  lots(@Query() query: LotQuery) {
    return this.queries.lots(query);
  }
}
