import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../access/current-user.decorator';
import type { AuthUser } from '../access/roles';
import { invalidField } from '../common/problem/problem';
import { ApiProblems } from '../common/problem/problem.schema';
import { MarkReadRequest, MarkReadResponse, NotificationListQuery, NotificationPage, UnreadCount } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Your notifications, newest first, with how many are unread',
    description:
      'Kinds: request_submitted (to the supplier and the district office), request_approved / request_rejected / request_shipped (to the requester and the requesting point), ' +
      'shipment_sent (to the receiving point), stockout (to the point and its district office), lot_expiring (stock expiring within 30 days, to the point), ' +
      'month_closing (the monthly report is due and the month is not closed, to the district office). Everyone reads only their own.',
  })
  @ApiOkResponse({ type: NotificationPage })
  @ApiProblems(400, 401)
  list(@CurrentUser() actor: AuthUser, @Query() query: NotificationListQuery) {
    return this.notifications.list(actor, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your notifications are unread (the bell)' })
  @ApiOkResponse({ type: UnreadCount })
  @ApiProblems(401)
  async unread(@CurrentUser() actor: AuthUser): Promise<UnreadCount> {
    return { unread: await this.notifications.unreadCount(actor) };
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark notifications read: some (`ids`) or all up to one (`upTo`); marking again changes nothing' })
  @ApiOkResponse({ type: MarkReadResponse })
  @ApiProblems(400, 401)
  async read(@CurrentUser() actor: AuthUser, @Body() body: MarkReadRequest): Promise<MarkReadResponse> {
    if (!body.ids?.length && !body.upTo) throw invalidField('ids', 'give the notifications to mark (ids) or upTo');
    const marked = await this.notifications.markRead(actor, body);
    return { marked, unread: await this.notifications.unreadCount(actor) };
  }
}
