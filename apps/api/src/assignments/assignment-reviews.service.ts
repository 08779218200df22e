import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentCommentResponse, AssignmentResponse, ReviewDecision } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth.decorators';
import { ENROLLMENT_STATUS_CHANGED, EnrollmentStatusChangedEvent } from '../enrollments/enrollment.events';
import { ProgressService } from '../progress/progress.service';
import { AssignmentAccessPolicy } from './assignment-access.policy';
import { ASSIGNMENT_REVIEWED, AssignmentReviewedEvent } from './assignment.events';
import { toComment } from './assignment.mapper';
import { AssignmentSubmissionsService } from './assignment-submissions.service';
import { assignmentErrors } from './assignments.errors';
import { CommentsRepository } from './repositories/comments.repository';
import { SubmissionsRepository } from './repositories/submissions.repository';

/**
 * The trainers' decisions on submitted work and the discussion around it. Approval completes the activity for every
 * member of the team through ProgressService, now and for members who join later.
 */
@Injectable()
export class AssignmentReviewsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AssignmentReviewsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsRepository,
    private readonly comments: CommentsRepository,
    private readonly access: AssignmentAccessPolicy,
    private readonly submissionViews: AssignmentSubmissionsService,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * A trainer's decision on the submitted version. Approval then completes the activity for every member through
   * ProgressService (counters and certificates follow); a repeated completion changes nothing.
   */
  async review(
    caller: AuthUser,
    id: string,
    decision: ReviewDecision,
    comment: string | undefined,
  ): Promise<AssignmentResponse> {
    const text = comment?.trim() ?? '';
    if (decision === 'revision_requested' && !text) throw assignmentErrors.commentRequired();
    const { access, members } = await this.db.transaction(async (tx) => {
      const access = await this.access.readable(caller, id, { lock: true, db: tx });
      this.access.assertReviewer(caller, access);
      if (access.status !== 'submitted') throw assignmentErrors.notSubmitted(access.status);
      await this.submissions.setDecision(id, decision, tx);
      await this.comments.insertDecision(id, caller.id, text, decision, access.version, tx);
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'assignment.reviewed',
          subjectType: 'assignment',
          subjectId: id,
          details: { decision, version: access.version, cohortId: access.cohort_id },
        },
      ]);
      const members = await this.submissions.listTeamMembers(access.cohort_id, access.organization_id, tx);
      return { access, members };
    });
    if (decision === 'approved') await this.completeApproved({ submissionId: id });
    const event: AssignmentReviewedEvent = {
      submissionId: id,
      cohortId: access.cohort_id,
      organizationId: access.organization_id,
      activityId: access.activity_id,
      decision,
      reviewerId: caller.id,
      memberUserIds: members.map((m) => m.user_id),
      version: access.version,
    };
    try {
      await this.events.emitAsync(ASSIGNMENT_REVIEWED, event);
    } catch (error) {
      // The review stands; a listener's failure (a reminder not sent) must not undo it.
      this.logger.error(`A listener of ${ASSIGNMENT_REVIEWED} failed: ${String(error)}`);
    }
    return this.submissionViews.get(caller, id);
  }

  /** Members and the cohort's trainers (and admins) discuss the work at any stage. */
  async comment(caller: AuthUser, id: string, body: string): Promise<AssignmentCommentResponse> {
    const access = await this.access.readable(caller, id);
    const text = body.trim();
    if (!text) throw assignmentErrors.blankComment();
    return toComment(await this.comments.insertComment(id, caller.id, text, access.version));
  }

  /**
   * Completes the assignment activity for every member of approved teams (all, or the one given) who has not got it
   * yet, through ProgressService (counters and certificates follow). Run after each approval, and at start: the
   * approval commits before these writes, so a crash between them is repaired by the next start.
   */
  async completeApproved(only: { submissionId?: string; enrollmentId?: string } = {}): Promise<number> {
    const missing = await this.comments.listMissingCompletions(only);
    // What fails here is retried by the next sweep.
    return this.progress.completeEachOnBehalf(
      missing.map((m) => ({
        enrollmentId: m.enrollment_id,
        activityId: m.activity_id,
        recordedBy: m.recorded_by,
      })),
    );
  }

  /** A member who joins (or rejoins) a team whose assignment is approved has it done, like the others. */
  @OnEvent(ENROLLMENT_STATUS_CHANGED)
  async onEnrollmentStatusChanged(event: EnrollmentStatusChangedEvent): Promise<void> {
    if (event.to !== 'active') return;
    await this.completeApproved({ enrollmentId: event.enrollmentId }).catch((error: unknown) =>
      this.logger.warn(`Approved assignment not applied to a new member: ${String(error)}`),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // Never keeps the API from starting: what fails here is retried at the next start.
    const completed = await this.completeApproved().catch((error: unknown) => {
      this.logger.error(`Approved assignments not swept: ${String(error)}`);
      return 0;
    });
    if (completed > 0) this.logger.log(`Completed ${completed} approved team assignments left incomplete`);
  }
}
