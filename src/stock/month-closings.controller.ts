import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { CloseMonthRequest, MonthClosingPage, MonthClosingQuery, MonthClosingResponse } from './dto/month-closing.dto';
import { MonthClosingsService } from './month-closings.service';

@ApiTags('stock')
@ApiBearerAuth()
@Controller('month-closings')
export class MonthClosingsController {
  constructor(private readonly closings: MonthClosingsService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin', 'district_officer')
  @ApiOperation({
    summary: 'Close a month for a regency or one point',
    description:
      'After the monthly report: nothing may be dated in the closed month or before it any more (MONTH_CLOSED); a correction ' +
      'is recorded dated today, a reversal naming the old movement. Only a month that has ended in the regency\'s local time ' +
      'can be closed (MONTH_NOT_OVER). Closings are permanent.',
  })
  @ApiCreatedResponse({ type: MonthClosingResponse })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  close(@CurrentUser() actor: AuthUser, @Body() request: CloseMonthRequest) {
    return this.closings.close(actor, request);
  }

  @Get()
  @ApiOperation({ summary: 'Closed months that apply to the points you can see, latest first' })
  @ApiOkResponse({ type: MonthClosingPage })
  @ApiProblems(400, 401)
  list(@CurrentUser() actor: AuthUser, @Query() query: MonthClosingQuery) {
    return this.closings.list(actor, query);
  }
}
