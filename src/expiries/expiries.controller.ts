import { Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiJsonOrCsv } from '../common/openapi';
import { XLSX_TYPE } from '../common/xlsx';
import { tableDownload } from '../common/table-export';
import { REDISTRIBUTION_EXPORT_COLUMNS } from './redistribution.export';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { ExpiryQuery, ExpiryReport, RedistributionQuery, RedistributionSuggestion, ScanResult } from './dto/expiry.dto';
import { ExpiriesService } from './expiries.service';

@ApiTags('expiries')
@ApiBearerAuth()
@Controller('expiries')
export class ExpiriesController {
  constructor(private readonly expiries: ExpiriesService) {}

  @Get()
  @ApiOperation({
    summary: 'Expired and expiring stock per point and lot, with how much will expire before it is used',
    description:
      "Days are counted from each point's local date. quantityAtRisk walks the point's usable lots in FEFO order at its consumption " +
      'rate (last 90 days of distribution and supply to the points it feeds): what is left of a lot on its expiry date. ' +
      '`?format=csv` answers every matching row as CSV with a header row, `?format=xlsx` as a workbook: streamed, with no cap on the rows.',
  })
  @ApiJsonOrCsv(ExpiryReport)
  @ApiProblems(400, 401, 403, 404)
  async report(@CurrentUser() actor: AuthUser, @Query() query: ExpiryQuery) {
    if (query.format === 'csv') {
      return new StreamableFile(await this.expiries.reportCsv(actor, query), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="pasokan-expiries.csv"' });
    }
    if (query.format === 'xlsx') {
      return new StreamableFile(await this.expiries.reportXlsx(actor, query), { type: XLSX_TYPE, disposition: 'attachment; filename="pasokan-kedaluwarsa.xlsx"' });
    }
    return this.expiries.report(actor, query);
  }

  @Get('redistribution')
  @Roles('admin', 'district_officer')
  @ApiOperation({
    summary: 'Where to move stock that would expire before it is used, so it is used in time',
    description:
      'For each lot at risk, points of the same regency or supply chain whose consumption would use it before expiry (after their own ' +
      'stock expiring no later), with quantities; restricted products only to points that may hold them. Each suggestion carries a ' +
      'shipment body: add an `id` and POST it to /api/v1/shipments. `?format=csv|xlsx`: every suggestion, Indonesian headers.',
  })
  @ApiJsonOrCsv(RedistributionSuggestion, { array: true })
  @ApiProblems(400, 401, 403)
  async redistribution(@CurrentUser() actor: AuthUser, @Query() query: RedistributionQuery) {
    const suggestions = await this.expiries.redistribution(actor, query);
    if (query.format !== 'csv' && query.format !== 'xlsx') return suggestions;
    return tableDownload(query.format, { name: 'pasokan-saran-redistribusi', sheet: 'Saran redistribusi', columns: REDISTRIBUTION_EXPORT_COLUMNS, separator: query.separator, pages: [suggestions] });
  }

  @Post('scan')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Run the expiry scan now (it also runs on a schedule): raises, refreshes and resolves expiry alerts' })
  @ApiOkResponse({ type: ScanResult })
  @ApiProblems(401, 403)
  scan(): Promise<ScanResult> {
    return this.expiries.scan();
  }
}
