import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';
import { REGENCY_CODE } from '../../common/transforms';
import { NOTIFICATION_KINDS, NotificationKind } from '../notification-kinds';

/** The kinds a webhook can follow: those written in the transaction of their event (the daily scan's are in-app only). */
export const WEBHOOK_KINDS = NOTIFICATION_KINDS.filter((kind) => kind !== 'lot_expiring' && kind !== 'month_closing');

export class CreateWebhookRequest {
  @ApiProperty({ example: 'https://gateway.example.org/pasokan', description: 'Where deliveries are POSTed (http or https)' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) address' })
  @MaxLength(500)
  url!: string;

  @ApiProperty({ enum: WEBHOOK_KINDS, isArray: true, example: ['stockout', 'request_submitted'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_KINDS as unknown as string[], { each: true, message: `each kind must be one of: ${WEBHOOK_KINDS.join(', ')}` })
  kinds!: NotificationKind[];

  @ApiPropertyOptional({ example: ['32.73'], description: 'Only events at points of these regencies (absent: everywhere)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(600)
  @Matches(REGENCY_CODE, { each: true, message: 'each regency code must look like 32.73' })
  regencyCodes?: string[];
}

export class WebhookResponse {
  @ApiProperty({ example: '5b0c8f5e-8d3a-4a8e-9c1d-2f3e4a5b6c7d', format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://gateway.example.org/pasokan' }) url!: string;
  @ApiProperty({ example: ['stockout'], isArray: true, enum: NOTIFICATION_KINDS }) kinds!: NotificationKind[];
  @ApiProperty({ example: ['32.73'], nullable: true, type: [String] }) regencyCodes!: string[] | null;
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty({ example: '2026-12-03T02:00:00.000Z', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ example: 0, description: 'Deliveries waiting to be sent or retried' }) pending!: number;
  @ApiProperty({ example: 0, description: 'Deliveries given up on' }) failed!: number;
}

export class WebhookCreated extends WebhookResponse {
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'Signs every delivery (Pasokan-Signature); shown only now' })
  secret!: string;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ example: '2c5e8a3d-1f0b-4c7e-9a2d-3b4c5d6e7f80', format: 'uuid', description: 'Also the Pasokan-Delivery header: the same on every retry' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'stockout' }) kind!: NotificationKind;
  @ApiProperty({ example: 'stockout:0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10:3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c:2026-12-03' }) eventKey!: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], example: 'delivered' }) status!: string;
  @ApiProperty({ example: 1 }) attempts!: number;
  @ApiProperty({ example: 200, nullable: true, type: Number }) lastStatus!: number | null;
  @ApiProperty({ example: null, nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ example: '2026-12-03T02:00:00.000Z', format: 'date-time' }) nextAttemptAt!: string;
  @ApiProperty({ example: '2026-12-03T02:00:01.000Z', format: 'date-time', nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ example: '2026-12-03T02:00:00.000Z', format: 'date-time' }) createdAt!: string;
}
