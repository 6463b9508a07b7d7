import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCreatedOrReplayed } from '../common/openapi';
import type { Response } from 'express';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { ApiProblems } from '../common/problem/problem.schema';
import { UuidParam } from '../common/uuid-param';
import { CancelShipmentRequest, DispatchShipmentRequest, ReceiveShipmentRequest, ShipmentPage, ShipmentQuery, ShipmentResponse } from './dto/shipment.dto';
import { ShipmentsService } from './shipments.service';

const replayHeader = (response: Response, replayed: boolean) => {
  if (replayed) response.setHeader('Idempotent-Replayed', 'true');
};

@ApiTags('shipments')
@ApiBearerAuth()
@Controller('shipments')
export class ShipmentsController {
  constructor(private readonly shipments: ShipmentsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Dispatch a shipment: stock leaves the sender (FEFO when no lot is named) and is in transit',
    description: 'Idempotent by `id` like movements; a replay answers the shipment as it is now, with `Idempotent-Replayed: true`.',
  })
  @ApiCreatedOrReplayed(ShipmentResponse)
  @ApiProblems(400, 401, 403, 404, 422)
  async dispatch(@CurrentUser() actor: AuthUser, @Body() request: DispatchShipmentRequest, @Res({ passthrough: true }) response: Response) {
    const { shipment, replayed } = await this.shipments.dispatch(actor, request);
    replayHeader(response, replayed);
    return shipment;
  }

  @Post(':id/receive')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Receive a shipment: what arrived goes into the receiver\'s stock; a shortfall needs a reason and is recorded as lost in transit',
  })
  @ApiCreatedOrReplayed(ShipmentResponse)
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async receive(
    @CurrentUser() actor: AuthUser,
    @UuidParam('id') id: string,
    @Body() request: ReceiveShipmentRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { shipment, replayed } = await this.shipments.receive(actor, id, request);
    replayHeader(response, replayed);
    return shipment;
  }

  @Post(':id/cancel')
  @HttpCode(201)
  @ApiOperation({ summary: 'Cancel a shipment still in transit: the stock returns to the sender' })
  @ApiCreatedOrReplayed(ShipmentResponse)
  @ApiProblems(400, 401, 403, 404, 409)
  async cancel(
    @CurrentUser() actor: AuthUser,
    @UuidParam('id') id: string,
    @Body() request: CancelShipmentRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { shipment, replayed } = await this.shipments.cancel(actor, id, request);
    replayHeader(response, replayed);
    return shipment;
  }

  @Get()
  @ApiOperation({ summary: 'Shipments from or to the points you can see' })
  @ApiOkResponse({ type: ShipmentPage })
  @ApiProblems(400, 401, 404)
  list(@CurrentUser() actor: AuthUser, @Query() query: ShipmentQuery) {
    return this.shipments.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One shipment with what was sent, received and lost per lot' })
  @ApiOkResponse({ type: ShipmentResponse })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() actor: AuthUser, @UuidParam('id') id: string) {
    return this.shipments.get(actor, id);
  }
}
