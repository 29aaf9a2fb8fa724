import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/current-user.decorator';
import { InboxQueryDto, NotificationDto, NotificationPageDto, ReadAllDto, ReadAllResultDto, UnreadCountDto } from './dto/notification.dto';
import { InboxService } from './inbox.service';

/**
 * My inbox. Like the other "me" endpoints there is no place to hold a role over: any signed-in
 * person has an inbox, and the service only ever reads and writes the caller's own notices.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @ApiOperation({ summary: 'My notices, newest first (optionally unread only)' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: InboxQueryDto): Promise<NotificationPageDto> {
    return this.inbox.list(user.id, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notices are unread (the badge)' })
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return this.inbox.unreadCount(user.id);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notices read (up to the newest shown, when given)' })
  @ApiOkResponse({ type: ReadAllResultDto })
  readAll(@CurrentUser() user: AuthUser, @Body() body: ReadAllDto): Promise<ReadAllResultDto> {
    return this.inbox.markAllRead(user.id, body.upToId);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notices read (someone else’s is not found)' })
  @ApiOkResponse({ type: NotificationDto })
  read(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<NotificationDto> {
    return this.inbox.markRead(user.id, id);
  }
}
