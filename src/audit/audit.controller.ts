import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/public.decorator';
import { ApiProblems } from '../common/problem/problem.schema';
import { AuditLogService } from './audit-log.service';
import { AuditPage, AuditQuery } from './dto/audit.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @ApiOperation({ summary: 'Administrative changes, newest first: users, points, products, stock levels (administrators)' })
  @ApiOkResponse({ type: AuditPage })
  @ApiProblems(400, 401, 403)
  list(@Query() query: AuditQuery) {
    return this.audit.list(query);
  }
}
