import { Body, Controller, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonOrCsv } from '../common/openapi';
import { XLSX_TYPE } from '../common/xlsx';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { PointHistoryQuery, PointHistoryResponse, PointStatusQuery, PutStockLevelsRequest, ShortageQuery, ShortageReport, StatusScanResult, StockLevelResponse, StockStatusResponse } from './dto/shortage.dto';
import { ShortagesService } from './shortages.service';
import { StockLevelsService } from './stock-levels.service';

const AMC_DESCRIPTION =
  'AMC (average monthly consumption) = consumed / months × days / (days − stockoutDays), over the last complete months ' +
  '(3 by default, AMC_MONTHS) in the point\'s local calendar; the stock-out adjustment days / (days − stockoutDays) is capped at 3. ' +
  'Consumed = distribution to clients plus shipments to the points it supplies, net of reversals and cancellations. ' +
  'A point with less history uses the expected monthly use set with its stock levels, else its daily use since its first movement × 30.4375 once that spans MIN_HISTORY_DAYS (30), else its type\'s default; amc.confidence says how sure the figure is (high, medium, low). ' +
  'Months of stock = usable / AMC. Suggested = max(0, maxMonths × AMC − usable − inTransitInbound), rounded up to whole packs. ' +
  'Status: stockout (no usable stock of a product in use), below_min, ok, above_max, no_consumption. Every row returns the inputs (`amc`).';

@ApiTags('shortages')
@ApiBearerAuth()
@Controller()
export class ShortagesController {
  constructor(
    private readonly shortages: ShortagesService,
    private readonly levels: StockLevelsService,
  ) {}

  @Get('shortages')
  @ApiOperation({ summary: 'Which points will run out, by how much, and what to send: rows per point and product, and a summary per product', description: AMC_DESCRIPTION })
  @ApiJsonOrCsv(ShortageReport)
  @ApiProblems(400, 401, 403)
  async report(@CurrentUser() actor: AuthUser, @Query() query: ShortageQuery): Promise<ShortageReport | StreamableFile> {
    if (query.format === 'csv') {
      return new StreamableFile(await this.shortages.reportCsv(actor, query), {
        type: 'text/csv; charset=utf-8',
        disposition: 'attachment; filename="pasokan-shortages.csv"',
      });
    }
    if (query.format === 'xlsx') {
      return new StreamableFile(await this.shortages.reportXlsx(actor, query), { type: XLSX_TYPE, disposition: 'attachment; filename="pasokan-kekurangan-stok.xlsx"' });
    }
    return this.shortages.report(actor, query);
  }

  @Post('shortages/scan')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Run the stock status check now (it also runs daily): stock-out and below-minimum alerts' })
  @ApiOkResponse({ type: StatusScanResult })
  @ApiProblems(401, 403)
  scan(): Promise<StatusScanResult> {
    return this.shortages.scan();
  }

  @Get('points/:id/stock-status')
  @ApiOperation({ summary: 'Status, AMC with its inputs, months of stock and suggested resupply of every product at one point', description: AMC_DESCRIPTION })
  @ApiOkResponse({ type: [StockStatusResponse] })
  @ApiProblems(400, 401, 404)
  pointStatus(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Query() query: PointStatusQuery) {
    return this.shortages.pointStatus(actor, id, query.category);
  }

  @Get('points/:id/history')
  @ApiOperation({ summary: 'Monthly consumption and month-end stock of one product at a point, with its stock-out periods (for charts next to the AMC and the min/max levels of GET /points/{id}/stock-status)' })
  @ApiOkResponse({ type: PointHistoryResponse })
  @ApiProblems(400, 401, 404)
  pointHistory(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Query() query: PointHistoryQuery): Promise<PointHistoryResponse> {
    return this.shortages.pointHistory(actor, id, query);
  }

  @Get('points/:id/stock-levels')
  @ApiOperation({ summary: 'Minimum and maximum months of stock per product at a point (its own or the defaults of its type)' })
  @ApiOkResponse({ type: [StockLevelResponse] })
  @ApiProblems(400, 401, 404)
  getLevels(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.levels.get(actor, id);
  }

  @Put('points/:id/stock-levels')
  @Roles('admin', 'district_officer')
  @ApiOperation({ summary: 'Set the point\'s own stock levels (district officers of its regency, administrators); products not listed use the defaults' })
  @ApiOkResponse({ type: [StockLevelResponse] })
  @ApiProblems(400, 401, 403, 404)
  putLevels(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() request: PutStockLevelsRequest) {
    return this.levels.put(actor, id, request);
  }
}
