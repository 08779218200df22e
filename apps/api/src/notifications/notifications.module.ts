import { Module } from '@nestjs/common';

import { MailService } from './mail.service';
import { AdminNotificationsController, MyNotificationsController } from './notifications.controller';
import { NotificationsPersonalData } from './notifications.personal-data';
import { NotificationsService } from './notifications.service';
import { ReminderJobsService } from './reminder-jobs.service';
import { EmailMessagesRepository } from './repositories/email-messages.repository';
import { NotificationsRepository } from './repositories/notifications.repository';

@Module({
  controllers: [MyNotificationsController, AdminNotificationsController],
  providers: [
    NotificationsService,
    MailService,
    ReminderJobsService,
    NotificationsRepository,
    EmailMessagesRepository,
    NotificationsPersonalData,
  ],
  exports: [NotificationsService, ReminderJobsService],
})
export class NotificationsModule {}
