import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssignmentResponse,
  AssignmentStatus,
  ListResponse,
  TeamAssignmentSummary,
} from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth.decorators';
import { sanitizeRichText } from '../courses/rich-text';
import { AssignmentAccessPolicy, mayEdit, mayReview } from './assignment-access.policy';
import { toAssignment, toTeamSummary } from './assignment.mapper';
import { isBlankText } from './assignment-rules';
import { assignmentErrors } from './assignments.errors';
import { AttachmentsRepository } from './repositories/attachments.repository';
import { CohortTeamsRepository } from './repositories/cohort-teams.repository';
import { ImportedSubmission, SubmissionsRepository } from './repositories/submissions.repository';

/**
 * The team development assignment: one submission per team (cohort × organisation) and assignment activity, which
 * every member edits as a draft; a submit freezes a version for the cohort's trainers to review
 * (AssignmentReviewsService). Anyone else is told the submission does not exist.
 */
@Injectable()
export class AssignmentSubmissionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly submissions: SubmissionsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly cohortTeams: CohortTeamsRepository,
    private readonly access: AssignmentAccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** The caller's team's submission for an assignment activity of the enrolment's cohort, made as a draft at first. */
  async forEnrollment(
    caller: AuthUser,
    enrollmentId: string,
    activityId: string,
  ): Promise<AssignmentResponse> {
    const enrolment = await this.submissions.findEnrolmentAssignment(enrollmentId, caller.id, activityId);
    if (!enrolment) throw assignmentErrors.enrolmentNotFound();
    if (enrolment.kind !== 'assignment') throw assignmentErrors.noSuchAssignment();
    if (enrolment.status !== 'active' && enrolment.status !== 'completed') {
      throw assignmentErrors.enrolmentNotActive(enrolment.status);
    }
    if (!enrolment.organization_id) throw assignmentErrors.noOrganization();
    const id = await this.submissions.ensureDraft({
      cohortId: enrolment.cohort_id,
      organizationId: enrolment.organization_id,
      activityId,
    });
    return this.get(caller, id);
  }

  async get(caller: AuthUser, id: string): Promise<AssignmentResponse> {
    const access = await this.access.readable(caller, id);
    const view = await this.submissions.findView(id);
    if (!view) throw assignmentErrors.notFound();
    const attachments = await this.attachments.list(id);
    return toAssignment(access, view, attachments, {
      edit: mayEdit(access),
      review: mayReview(caller, access),
    });
  }

  async update(caller: AuthUser, id: string, body: string): Promise<AssignmentResponse> {
    await this.access.editable(caller, id);
    const changed = await this.submissions.saveBody(id, sanitizeRichText(body), caller.id);
    // A teammate submitted between the check and the write: say so rather than drop the text silently.
    if (changed === 0) throw assignmentErrors.justSubmitted();
    return this.get(caller, id);
  }

  /** Freezes the text and the current files as the next version; the trainer then reviews it. */
  async submit(caller: AuthUser, id: string): Promise<AssignmentResponse> {
    await this.db.transaction(async (tx) => {
      // The row lock makes two members' simultaneous submits one version, not two.
      const access = await this.access.editable(caller, id, { lock: true, db: tx });
      const { body, files } = await this.submissions.findSubmitContent(id, tx);
      if (isBlankText(body) && files === 0) throw assignmentErrors.empty();
      const version = access.version + 1;
      await this.submissions.freezeVersion(id, version, caller.id, tx);
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'assignment.submitted',
          subjectType: 'assignment',
          subjectId: id,
          details: { version, cohortId: access.cohort_id, organizationId: access.organization_id },
        },
      ]);
    });
    return this.get(caller, id);
  }

  /** Every team of the cohort for each assignment activity, waiting work first (the cohort's trainers, admins). */
  async forCohort(
    caller: AuthUser,
    cohortId: string,
    page: { limit: number; offset: number },
  ): Promise<ListResponse<TeamAssignmentSummary>> {
    await this.access.assertCohortReviewer(caller, cohortId);
    const rows = await this.cohortTeams.listTeams(cohortId, page);
    return { items: rows.map(toTeamSummary), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /**
   * Each team's development assignment (the first assignment activity of its cohort's course): its submission's id
   * and state, null when not started. For the coaches' and mentors' page (the groups module), which has checked that
   * the caller follows these teams.
   */
  async teamStates(
    teams: readonly { cohortId: string; organizationId: string }[],
  ): Promise<Map<string, { id: string; status: AssignmentStatus } | null>> {
    const rows = teams.length ? await this.cohortTeams.teamStates(teams) : [];
    return new Map(
      rows.map((r) => [
        `${r.cohort_id}/${r.organization_id}`,
        r.submission_id && r.status ? { id: r.submission_id, status: r.status } : null,
      ]),
    );
  }

  /**
   * Seeding contract (demo data): team submissions with their history (files stored beforehand, version 1 when
   * submitted, comments), at their own times, in one transaction; no checks, audit entries or events.
   */
  async importSubmissions(seeds: ImportedSubmission[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const seed of seeds) await this.submissions.importSubmission(seed, tx);
    });
  }
}
