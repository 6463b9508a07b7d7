import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import { Roles } from '../auth/public.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { RedactionRequest, RedactionResponse } from './dto/redaction.dto';
import { RedactionService } from './redaction.service';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('redactions')
export class RedactionController {
  constructor(private readonly redaction: RedactionService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Erase free text of a record and its history (administrators)',
    description:
      'For text that identifies a person and should never have been typed. Notes, reasons, comments and names become ' +
      '"[redacted]" in the record, its history and its audit entries; quantities, ids and dates stay. Recorded in the ' +
      'audit log as a `redact` entry; running it again changes nothing more.',
  })
  @ApiOkResponse({ type: RedactionResponse })
  @ApiProblems(400, 401, 403, 404)
  redact(@CurrentUser() actor: AuthUser, @Body() request: RedactionRequest): Promise<RedactionResponse> {
    return this.redaction.redact(actor, request);
  }
}
