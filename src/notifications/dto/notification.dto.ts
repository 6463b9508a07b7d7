import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, Matches } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { NOTIFICATION_KINDS, NotificationKind } from '../notification-kinds';

const NOTIFICATION_ID = /^[1-9]\d{0,17}$/;

export class NotificationListQuery extends PageQuery {
  @ApiPropertyOptional({ example: true, description: 'Only the unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class NotificationResponse {
  @ApiProperty({ example: '42', description: 'Numbered in the order they were made (a string: a 64-bit number)' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, example: 'request_approved' }) kind!: NotificationKind;
  @ApiProperty({ example: '0b9f3c2e-3f7e-4d59-9a4f-6a2b1e2d7c10', format: 'uuid', nullable: true, type: String, description: 'The point it is about' }) pointId!: string | null;
  @ApiProperty({ example: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c', format: 'uuid', nullable: true, type: String, description: 'The request, shipment, product or lot it is about' }) subjectId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { pointCode: 'DIC-BDG-01', pointName: 'Drop-in Centre Bandung Wetan', requestId: '3c1e9a0b-5d7f-4e2a-8b6c-0d1e2f3a4b5c', changed: true },
    description: 'Codes, names and figures per kind (src/notifications/notification-kinds.ts); never free text',
  })
  details!: Record<string, unknown>;
  @ApiProperty({ example: '2026-12-03T02:15:00.000Z', format: 'date-time' }) createdAt!: string;
  @ApiProperty({ example: null, format: 'date-time', nullable: true, type: String }) readAt!: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ example: 12, description: 'How many match the filter' }) total!: number;
  @ApiProperty({ example: 3, description: 'How many of yours are unread' }) unread!: number;
  @ApiProperty({ example: 50 }) limit!: number;
  @ApiProperty({ example: 0 }) offset!: number;
}

export class UnreadCount {
  @ApiProperty({ example: 3 }) unread!: number;
}

export class MarkReadRequest {
  @ApiPropertyOptional({ type: [String], example: ['42', '43'], description: 'These notifications (yours; others are ignored)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(NOTIFICATION_ID, { each: true, message: 'each id must be a notification number such as 42' })
  @Type(() => String)
  ids?: string[];

  @ApiPropertyOptional({ example: '43', description: 'Every notification of yours up to and including this one ("mark all read")' })
  @IsOptional()
  @Matches(NOTIFICATION_ID, { message: 'upTo must be a notification number such as 43' })
  upTo?: string;
}

export class MarkReadResponse {
  @ApiProperty({ example: 2, description: 'How many were unread and are now read' }) marked!: number;
  @ApiProperty({ example: 1, description: 'How many of yours are still unread' }) unread!: number;
}
