import { Module } from '@nestjs/common';

import { ProgressModule } from '../progress/progress.module';
import { AssignmentAccessPolicy } from './assignment-access.policy';
import { AssignmentAttachmentsService } from './assignment-attachments.service';
import { AssignmentManagementReviewsService } from './assignment-management-reviews.service';
import { AssignmentReviewsService } from './assignment-reviews.service';
import { AssignmentSubmissionsService } from './assignment-submissions.service';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsPersonalData } from './assignments.personal-data';
import { AttachmentsRepository } from './repositories/attachments.repository';
import { CohortTeamsRepository } from './repositories/cohort-teams.repository';
import { CommentsRepository } from './repositories/comments.repository';
import { ManagementReviewsRepository } from './repositories/management-reviews.repository';
import { SubmissionsRepository } from './repositories/submissions.repository';

@Module({
  imports: [ProgressModule],
  controllers: [AssignmentsController],
  providers: [
    AssignmentAccessPolicy,
    AssignmentSubmissionsService,
    AssignmentReviewsService,
    AssignmentAttachmentsService,
    AssignmentManagementReviewsService,
    ManagementReviewsRepository,
    SubmissionsRepository,
    CommentsRepository,
    AttachmentsRepository,
    CohortTeamsRepository,
    AssignmentsPersonalData,
  ],
  exports: [AssignmentSubmissionsService, AssignmentAttachmentsService, AssignmentManagementReviewsService],
})
export class AssignmentsModule {}
