import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../access/current-user.decorator';
import type { AuthUser } from '../../access/roles';
import { Roles } from '../../auth/public.decorator';
import { ApiProblems } from '../../common/problem/problem.schema';
import { UuidParam } from '../../common/uuid-param';
import { CreateWebhookRequest, WebhookCreated, WebhookDeliveryResponse, WebhookResponse } from './webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe an address to notification events (administrators)',
    description:
      'Each event of the chosen kinds (at points of the chosen regencies) is POSTed as JSON `{event, key, pointId, regencyCode, subjectId, details, at}` ' +
      'with headers Pasokan-Delivery (the same id on every retry: handle it once), Pasokan-Event and Pasokan-Signature ' +
      '(`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` with the secret answered here, once). A 2xx answer delivers it; anything else is ' +
      'retried with backoff (30 s doubling, at most 6 h apart) up to 8 attempts. docs/notifications.md.',
  })
  @ApiCreatedResponse({ type: WebhookCreated })
  @ApiProblems(400, 401, 403)
  create(@CurrentUser() actor: AuthUser, @Body() request: CreateWebhookRequest): Promise<WebhookCreated> {
    return this.webhooks.create(actor, request);
  }

  @Get()
  @ApiOperation({ summary: 'Webhook subscriptions with their pending and failed deliveries (administrators)' })
  @ApiOkResponse({ type: [WebhookResponse] })
  @ApiProblems(401, 403)
  list(): Promise<WebhookResponse[]> {
    return this.webhooks.list();
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "A subscription's latest 100 deliveries (administrators)" })
  @ApiOkResponse({ type: [WebhookDeliveryResponse] })
  @ApiProblems(400, 401, 403, 404)
  deliveries(@UuidParam('id') id: string): Promise<WebhookDeliveryResponse[]> {
    return this.webhooks.deliveries(id);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop a subscription: no new deliveries, pending ones are given up (administrators)' })
  @ApiOkResponse({ type: WebhookResponse })
  @ApiProblems(400, 401, 403, 404)
  deactivate(@UuidParam('id') id: string): Promise<WebhookResponse> {
    return this.webhooks.deactivate(id);
  }
}
