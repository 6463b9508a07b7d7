import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiJsonOrCsv } from '../common/openapi';
import { ApiProblems } from '../common/problem/problem.schema';
import { tableDownload } from '../common/table-export';
import { CoverageQuery, CoverageReport, ProgrammeReport, ProgrammeReportQuery, PwidEstimatePage, PwidEstimateQuery, PwidEstimateResponse, RecordPwidEstimateRequest } from './dto/programme.dto';
import { COVERAGE_EXPORT_COLUMNS, PROGRAMME_EXPORT_COLUMNS, ProgrammeService } from './programme.service';

@ApiTags('needle-syringe programme')
@ApiBearerAuth()
@Controller()
export class ProgrammeController {
  constructor(private readonly programme: ProgrammeService) {}

  @Get('reports/programme')
  @ApiOperation({
    summary: 'Needle-syringe programme, monthly: sets distributed by channel, contacts, returns and sharps, naloxone units, doses, refills and reversals',
    description:
      'Per point and local month, and per regency and month (`regencies`); definitions in docs/needle-programme.md. `distributed` counts complete ' +
      'needle-syringe sets (sets, plus the lesser of needles and barrels handed out on their own); `returnRatio` = returned / distributed (null when ' +
      'nothing was distributed). Point staff see their points, district officers their regencies, administrators everything (or a province, regency ' +
      'or point). `?format=csv|xlsx`: point rows then regency rows, Indonesian headers.',
  })
  @ApiJsonOrCsv(ProgrammeReport)
  @ApiProblems(400, 401, 403, 404)
  async report(@CurrentUser() actor: AuthUser, @Query() query: ProgrammeReportQuery) {
    const report = await this.programme.programmeReport(actor, query);
    if (query.format !== 'csv' && query.format !== 'xlsx') return report;
    return tableDownload(query.format, {
      name: `pasokan-program-lass-${query.from}-${query.to}`,
      sheet: `Program LASS ${query.from} ${query.to}`,
      columns: PROGRAMME_EXPORT_COLUMNS,
      separator: query.separator,
      pages: [report.items, report.regencies],
    });
  }

  @Get('reports/coverage')
  @ApiOperation({
    summary: 'Coverage: needle-syringe sets distributed per person who injects drugs in a year, per regency and province',
    description:
      'Against the WHO/UNODC/UNAIDS levels (low under 100, medium 100-200, high over 200) and the 2030 target of 300. A regency uses its newest ' +
      'estimate for the year, else the latest earlier one (`estimateYear`); without one the figures are null, never a division by zero. District ' +
      'officers see their regencies; point staff the regencies of their points. `?format=csv|xlsx`: regency rows then province rows.',
  })
  @ApiJsonOrCsv(CoverageReport)
  @ApiProblems(400, 401, 403)
  async coverage(@CurrentUser() actor: AuthUser, @Query() query: CoverageQuery) {
    const report = await this.programme.coverage(actor, query);
    if (query.format !== 'csv' && query.format !== 'xlsx') return report;
    return tableDownload(query.format, {
      name: `pasokan-cakupan-${query.year}`,
      sheet: `Cakupan ${query.year}`,
      columns: COVERAGE_EXPORT_COLUMNS,
      separator: query.separator,
      pages: [report.items, report.provinces],
    });
  }

  @Post('pwid-estimates')
  @HttpCode(201)
  @Roles('admin', 'district_officer')
  @ApiOperation({
    summary: 'Record the estimated number of people who inject drugs in a regency for a year, with its source',
    description: 'Estimates are never edited: a newer record for the same regency and year replaces the older one in reports, and both stay listed.',
  })
  @ApiCreatedResponse({ type: PwidEstimateResponse })
  @ApiProblems(400, 401, 403, 422)
  record(@CurrentUser() actor: AuthUser, @Body() request: RecordPwidEstimateRequest): Promise<PwidEstimateResponse> {
    return this.programme.recordEstimate(actor, request);
  }

  @Get('pwid-estimates')
  @ApiOperation({ summary: 'Estimates of people who inject drugs, by regency and year, the one reports use marked current' })
  @ApiOkResponse({ type: PwidEstimatePage })
  @ApiProblems(400, 401, 403)
  estimates(@CurrentUser() actor: AuthUser, @Query() query: PwidEstimateQuery): Promise<PwidEstimatePage> {
    return this.programme.estimates(actor, query);
  }
}
