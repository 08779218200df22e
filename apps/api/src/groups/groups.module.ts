import { Module } from '@nestjs/common';

import { AssignmentsModule } from '../assignments/assignments.module';
import { GroupsController } from './groups.controller';
import { GroupsPersonalData } from './groups.personal-data';
import { GroupsService } from './groups.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsService } from './meetings.service';
import { MentoringService } from './mentoring.service';
import { GroupsRepository } from './repositories/groups.repository';
import { MeetingsRepository } from './repositories/meetings.repository';
import { MentoringRepository } from './repositories/mentoring.repository';
import { TeamAccess } from './team-access';

/**
 * Small groups, coaches, mentors and group meetings. Exports TeamAccess (who follows which team, for the reports) and its use cases (demo data);
 * the SQL rule itself is `team-access.fragments.ts`, the meeting reminders `meeting-reminders.fragments.ts`.
 */
@Module({
  imports: [AssignmentsModule],
  controllers: [GroupsController, MeetingsController],
  providers: [
    GroupsService,
    MeetingsService,
    MentoringService,
    TeamAccess,
    GroupsRepository,
    MeetingsRepository,
    MentoringRepository,
    GroupsPersonalData,
  ],
  exports: [TeamAccess, GroupsService, MeetingsService],
})
export class GroupsModule {}
