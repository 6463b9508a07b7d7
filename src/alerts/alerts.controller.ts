import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonOrCsv } from '../common/openapi';
import { tableDownload } from '../common/table-export';
import { ALERT_EXPORT_COLUMNS } from './alerts.export';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { AlertsService } from './alerts.service';
import { AlertPage, AlertQuery, AlertResponse } from './dto/alert.dto';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({
    summary: 'Alerts at the points you can see, most severe first',
    description: 'Types: lot_expiring, expired_on_hand, obsolete_edition (and later stockout, below_min, shipment_overdue, request_overdue). An alert resolves itself when its condition clears. `?format=csv|xlsx`: every alert matching the filters, Indonesian headers.',
  })
  @ApiJsonOrCsv(AlertPage)
  @ApiProblems(400, 401, 403)
  async list(@CurrentUser() actor: AuthUser, @Query() query: AlertQuery) {
    if (query.format === 'json') return this.alerts.list(actor, query);
    return tableDownload(query.format, {
      name: 'pasokan-peringatan',
      sheet: 'Peringatan',
      columns: ALERT_EXPORT_COLUMNS,
      separator: query.separator,
      pages: await this.alerts.all(actor, query),
    });
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an alert (it stays until its condition clears; it reopens if it becomes more severe)' })
  @ApiOkResponse({ type: AlertResponse })
  @ApiProblems(400, 401, 404, 409)
  acknowledge(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string): Promise<AlertResponse> {
    return this.alerts.acknowledge(actor, id);
  }
}
