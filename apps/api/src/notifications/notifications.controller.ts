import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  EmailMessageResponse,
  ListResponse,
  NotificationListResponse,
  NotificationResponse,
  ReminderRunResponse,
} from '@keino/contracts';

import { AuthUser, CurrentUser, Roles } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { ApiAnswer } from '../common/openapi/api-answer.decorator';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { ListOutboxQuery } from './dto/list-outbox.query';
import { NotificationsService } from './notifications.service';
import { ReminderJobsService } from './reminder-jobs.service';

/** Everyone reads and marks their own notifications, and nobody else's. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles()
  @Get()
  @ApiOperation({ summary: "The caller's notifications, newest first, with the number unread" })
  @ApiAnswer('NotificationListResponse')
  list(@CurrentUser() caller: AuthUser, @Query() page: PageQueryDto): Promise<NotificationListResponse> {
    return this.notifications.list(caller.id, page);
  }

  @Roles()
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: "Marks all the caller's notifications read" })
  @ApiOkResponse({ schema: { properties: { updated: { type: 'integer' } } } })
  @ApiAnswer('ReadAllNotificationsResponse')
  readAll(@CurrentUser() caller: AuthUser): Promise<{ updated: number }> {
    return this.notifications.readAll(caller.id);
  }

  @Roles()
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks one notification read; 404 for anyone else’s' })
  @ApiAnswer('NotificationResponse')
  @ApiErrors('NOT_FOUND')
  read(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<NotificationResponse> {
    return this.notifications.read(caller.id, id);
  }
}

/** Admins read the emails the app wrote (the outbox, when no SMTP_URL is set) and run the day's reminders. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('admin')
export class AdminNotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly jobs: ReminderJobsService,
  ) {}

  @Roles('admin')
  @Get('outbox')
  @ApiOperation({ summary: 'Emails written for notifications, newest first; filter by status' })
  @ApiAnswer({ page: 'EmailMessageResponse' })
  outbox(@Query() query: ListOutboxQuery): Promise<ListResponse<EmailMessageResponse>> {
    return this.notifications.outbox(query);
  }

  @Roles('admin')
  @Post('reminders/run')
  @HttpCode(200)
  @ApiOperation({ summary: "Runs today's reminder scan now; answers the notifications created per kind" })
  @ApiAnswer('ReminderRunResponse')
  run(): Promise<ReminderRunResponse> {
    return this.jobs.runScan();
  }
}
