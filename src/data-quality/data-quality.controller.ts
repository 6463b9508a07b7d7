import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { Roles } from '../auth/public.decorator';
import { ApiJsonOrCsv } from '../common/openapi';
import { ApiProblems } from '../common/problem/problem.schema';
import { tableDownload } from '../common/table-export';
import { UuidParam } from '../common/uuid-param';
import { DataQualityService } from './data-quality.service';
import { FlagPage, FlagQuery, FlagResponse, ReviewFlagRequest, ScanFlagsRequest, ScanFlagsResponse } from './dto/flag.dto';
import { FLAG_EXPORT_COLUMNS } from './flags.export';

@ApiTags('data quality')
@ApiBearerAuth()
@Controller('data-quality')
@Roles('admin', 'district_officer')
export class DataQualityController {
  constructor(private readonly flags: DataQualityService) {}

  @Get('flags')
  @ApiOperation({
    summary: 'Data-quality flags for review: figures that look over-reported or double-counted, with the numbers that raised them',
    description:
      'Kinds (docs/data-quality.md): above_contact_cap, repeated_tally, month_end_round_numbers, distribution_spike, backdated_burst, ' +
      'stock_not_moving. Never a block: a flag asks a district officer to look. District officers see their regencies. `?format=csv|xlsx`: every ' +
      'flag matching the filters, Indonesian headers.',
  })
  @ApiJsonOrCsv(FlagPage)
  @ApiProblems(400, 401, 403)
  async list(@CurrentUser() actor: AuthUser, @Query() query: FlagQuery) {
    if (query.format === 'json') return this.flags.list(actor, query);
    return tableDownload(query.format, {
      name: 'pasokan-kualitas-data',
      sheet: 'Kualitas data',
      columns: FLAG_EXPORT_COLUMNS,
      separator: query.separator,
      pages: await this.flags.all(actor, query),
    });
  }

  @Post('flags/:id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a flag reviewed, with what the review found (once; a review is kept as it is)' })
  @ApiOkResponse({ type: FlagResponse })
  @ApiProblems(400, 401, 403, 404, 409)
  review(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string, @Body() request: ReviewFlagRequest): Promise<FlagResponse> {
    return this.flags.review(actor, id, request.comment);
  }

  @Post('scan')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Run the data-quality scan now (it also runs in the daily scan) for a month, or the current and the previous month' })
  @ApiOkResponse({ type: ScanFlagsResponse })
  @ApiProblems(400, 401, 403)
  scan(@Body() request: ScanFlagsRequest): Promise<ScanFlagsResponse> {
    return this.flags.scan(request.month);
  }
}
