import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/problem/problem.schema';
import { ProvinceResponse, RegencyQuery, RegencyResponse } from './dto/region.dto';
import { RegionsService } from './regions.service';

@ApiTags('regions')
@ApiBearerAuth()
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get('provinces')
  @ApiOperation({ summary: 'Provinces with their Kemendagri codes and time zones' })
  @ApiOkResponse({ type: [ProvinceResponse] })
  @ApiProblems(401)
  listProvinces(): Promise<ProvinceResponse[]> {
    return this.regions.listProvinces();
  }

  @Get('regencies')
  @ApiOperation({ summary: 'Regencies and cities (kabupaten/kota), optionally of one province' })
  @ApiOkResponse({ type: [RegencyResponse] })
  @ApiProblems(400, 401, 404)
  listRegencies(@Query() query: RegencyQuery): Promise<RegencyResponse[]> {
    return this.regions.listRegencies(query);
  }
}
