import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiJsonOrCsv } from '../common/openapi';
import { ApiProblems } from '../common/problem/problem.schema';
import { XLSX_TYPE } from '../common/xlsx';
import { MonthlyReport, MonthlyReportQuery } from './dto/monthly-report.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('monthly')
  @ApiOperation({
    summary: 'Monthly logistics report (LPLPO shape): opening, received, issued, shipped out, adjustments by reason, closing, nearest expiry, stock-out days, requested',
    description:
      "Per point and product, and per product over every point in scope (`totals`). The month is each point's local calendar month. " +
      'Point staff see their points, district officers their regencies, administrators everything; a regency or province outside yours is refused (OUT_OF_SCOPE). ' +
      '`closed` says whether the month is closed for every point (then the figures never change). `?format=csv|xlsx`: every row with Indonesian headers.',
  })
  @ApiJsonOrCsv(MonthlyReport)
  @ApiProblems(400, 401, 403, 404)
  async monthly(@CurrentUser() actor: AuthUser, @Query() query: MonthlyReportQuery, @Res({ passthrough: true }) response: Response) {
    if (query.format === 'csv') {
      response.type('text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="pasokan-laporan-bulanan-${query.month}.csv"`);
      return this.reports.monthlyCsv(actor, query);
    }
    if (query.format === 'xlsx') {
      return new StreamableFile(await this.reports.monthlyXlsx(actor, query), {
        type: XLSX_TYPE,
        disposition: `attachment; filename="pasokan-laporan-bulanan-${query.month}.xlsx"`,
      });
    }
    return this.reports.monthly(actor, query);
  }
}
