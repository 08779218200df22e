import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { DeveloperGroupAccess } from './developer-group-access';
import { DeveloperGroupsController } from './developer-groups.controller';
import { DeveloperGroupsPersonalData } from './developer-groups.personal-data';
import { DeveloperGroupsService } from './developer-groups.service';
import { DiscussionController } from './discussion.controller';
import { DiscussionService } from './discussion.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { RegistrationRetentionService } from './registration-retention.service';
import { ThreadNotificationsService } from './thread-notifications.service';
import { DigestsRepository } from './repositories/digests.repository';
import { DiscussionRepository } from './repositories/discussion.repository';
import { DocumentsRepository } from './repositories/documents.repository';
import { EventsRepository } from './repositories/events.repository';
import { GroupsRepository } from './repositories/groups.repository';

@Module({
  imports: [NotificationsModule],
  controllers: [DeveloperGroupsController, DiscussionController, EventsController, DocumentsController],
  providers: [
    DeveloperGroupAccess,
    DeveloperGroupsService,
    DiscussionService,
    DocumentsService,
    EventsService,
    RegistrationRetentionService,
    ThreadNotificationsService,
    DigestsRepository,
    GroupsRepository,
    DiscussionRepository,
    DocumentsRepository,
    EventsRepository,
    DeveloperGroupsPersonalData,
  ],
  exports: [
    DeveloperGroupsService,
    DiscussionService,
    DocumentsService,
    EventsService,
    RegistrationRetentionService,
  ],
})
export class DeveloperGroupsModule {}
