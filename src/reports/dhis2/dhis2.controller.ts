import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../../access/current-user.decorator';
import type { AuthUser } from '../../access/roles';
import { DomainError } from '../../common/problem/problem';
import { ApiProblems } from '../../common/problem/problem.schema';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { aggregate, ReportsService } from '../reports.service';
import { buildDhis2Export, toAdx } from './dhis2-export';
import { Dhis2DataValueSetResponse, Dhis2ExportQuery } from './dhis2.dto';

/** At most this many codes are named in the Pasokan-Unmapped-* headers (the count is always given). */
const HEADER_CODES = 30;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/dhis2')
export class Dhis2Controller {
  constructor(
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The monthly logistics report's figures as DHIS2 data values (dataValueSets JSON or ADX XML), to import into a DHIS2",
    description:
      'The figures of GET /reports/monthly (same month, scope and rules), mapped to DHIS2 data elements, category option combos and org ' +
      'units by the server\'s mapping file (DHIS2_MAPPING_FILE; docs/dhis2.md). Every mapped figure is sent, zeros included. Points ' +
      '(or regencies) and products with figures but no mapping are left out and named in the `Pasokan-Unmapped-Org-Units` and ' +
      '`Pasokan-Unmapped-Products` headers ("3: DIC-X, DIC-Y, ..."). Import with POST /api/dataValueSets (JSON) or with ' +
      'Content-Type application/adx+xml (ADX), idScheme UID.',
  })
  @ApiExtraModels(Dhis2DataValueSetResponse)
  @ApiOkResponse({
    content: {
      'application/json': { schema: { $ref: getSchemaPath(Dhis2DataValueSetResponse) } },
      'application/adx+xml': { schema: { type: 'string' } },
    },
  })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async export(@CurrentUser() actor: AuthUser, @Query() query: Dhis2ExportQuery, @Res({ passthrough: true }) response: Response) {
    const mapping = this.config.dhis2Mapping;
    if (!mapping) {
      throw new DomainError('DHIS2_NOT_CONFIGURED', 'This server has no DHIS2 mapping. An administrator sets DHIS2_MAPPING_FILE to a mapping file (see docs/dhis2.md) and restarts the service.');
    }
    const { rows, closed } = await this.reports.monthlyRows(actor, query);
    const exportedAt = new Date();
    const result = buildDhis2Export({
      month: query.month,
      level: query.level,
      rows,
      mapping,
      closed,
      today: exportedAt.toISOString().slice(0, 10),
      sumRows: aggregate,
    });
    if (result.dataValueSet.dataValues.length === 0) {
      const units = result.unmapped.orgUnits;
      throw new DomainError(
        'DHIS2_NOTHING_MAPPED',
        units.length > 0
          ? `None of the ${query.level === 'point' ? 'points' : 'regencies'} with figures this month has a DHIS2 org unit in the mapping (${listed(units)}). Add them to orgUnits.${query.level === 'point' ? 'points' : 'regencies'} of the mapping file.`
          : 'There are no figures for this month in this scope, or none of their products is mapped to a data element.',
        { unmappedOrgUnits: units.slice(0, HEADER_CODES), unmappedProducts: result.unmapped.products.slice(0, HEADER_CODES) },
      );
    }
    response.setHeader('Pasokan-Unmapped-Org-Units', listed(result.unmapped.orgUnits));
    response.setHeader('Pasokan-Unmapped-Products', listed(result.unmapped.products));
    const name = `pasokan-dhis2-${query.month}${query.regencyCode ? `-${query.regencyCode}` : query.provinceCode ? `-${query.provinceCode}` : ''}`;
    if (query.format === 'adx') {
      response.type('application/adx+xml; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="${name}.adx.xml"`);
      return toAdx(result, { month: query.month, dataSet: mapping.dataSet, exportedAt });
    }
    response.setHeader('Content-Disposition', `attachment; filename="${name}.json"`);
    return result.dataValueSet;
  }
}

/** "3: DIC-X, DIC-Y, PKM-Z", at most HEADER_CODES codes named; "0" when none. */
function listed(codes: string[]): string {
  if (codes.length === 0) return '0';
  const named = codes.slice(0, HEADER_CODES).join(', ');
  return `${codes.length}: ${named}${codes.length > HEADER_CODES ? ', ...' : ''}`;
}
