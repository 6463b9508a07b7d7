import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiJsonOrCsv } from '../common/openapi';
import { ApiProblems } from '../common/problem/problem.schema';
import { XLSX_TYPE } from '../common/xlsx';
import { MonthlyReport, MonthlyReportQuery } from './dto/monthly-report.dto';
import { FundingSourceReport, FundingSourceReportQuery, STOCKOUT_DAYS_BY_SOURCE } from './dto/funding-sources.dto';
import { FUNDING_SOURCE_EXPORT_COLUMNS, FundingSourcesService } from './funding-sources.service';
import { ReportsService } from './reports.service';
import { tableDownload } from '../common/table-export';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly fundingSources: FundingSourcesService,
  ) {}

  @Get('funding-sources')
  @ApiOperation({
    summary: 'Funding-source accountability: per regency, funding source (APBN, APBD, Global Fund, other donors) and product, over a period',
    description:
      "The monthly report's ledger figures over whole local months `from`..`to`, split by the funding source of the lots: opening, received, distributed " +
      '(the monthly report\'s issued), shipped out, written off as expired, other losses, other adjustments, stock on hand at the period end (and how much of it ' +
      'is expired), and stock-out days. Summed over funding sources they equal the monthly report for the same scope and month. `totals`: per funding source ' +
      'and product over every regency in scope. ' +
      STOCKOUT_DAYS_BY_SOURCE +
      ' Point staff see their points, district officers their regencies, administrators everything (or a province or regency). `?format=csv|xlsx`: items then totals, Indonesian headers.',
  })
  @ApiJsonOrCsv(FundingSourceReport)
  @ApiProblems(400, 401, 403)
  async fundingSourceReport(@CurrentUser() actor: AuthUser, @Query() query: FundingSourceReportQuery) {
    const report = await this.fundingSources.report(actor, query);
    if (query.format !== 'csv' && query.format !== 'xlsx') return report;
    return tableDownload(query.format, {
      name: `pasokan-sumber-dana-${query.from}-${query.to}`,
      sheet: `Sumber dana ${query.from} ${query.to}`,
      columns: FUNDING_SOURCE_EXPORT_COLUMNS,
      separator: query.separator,
      pages: [report.items, report.totals],
    });
  }

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
