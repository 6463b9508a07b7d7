import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { DashboardService } from './dashboard.service';
import { DashboardQuery, DashboardResponse } from './dto/dashboard.dto';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles('admin', 'district_officer')
  @ApiOperation({
    summary: 'The district workspace at a glance: points out of stock, below minimum, above maximum; lots expiring in 30/60/90 days; requests waiting; overdue shipments; open alerts',
    description:
      'For everything in your scope (an administrator: the country, one row per province), a province (one row per regency) or a regency. ' +
      'Each figure counts what the matching list answers: GET /shortages?status=, /expiries?status=expiring&withinDays=, /resupply-requests?role=requester&status=submitted, /alerts?status=open(&type=shipment_overdue), /data-quality/flags?status=open, with the same regencyCode or provinceCode.',
  })
  @ApiOkResponse({ type: DashboardResponse })
  @ApiProblems(400, 401, 403)
  get(@CurrentUser() actor: AuthUser, @Query() query: DashboardQuery): Promise<DashboardResponse> {
    return this.dashboard.dashboard(actor, query);
  }
}
