import { Injectable } from '@nestjs/common';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import type { Db } from '../common/database/sql';
import { isEditable } from './assignment-rules';
import { assignmentErrors } from './assignments.errors';
import { CohortTeamsRepository } from './repositories/cohort-teams.repository';
import { SubmissionAccessRow, SubmissionsRepository } from './repositories/submissions.repository';

/** Who the caller is to a submission: a member of the team, one of the cohort's trainers, or neither. */
export type SubmissionAccess = SubmissionAccessRow;

/**
 * Members, the cohort's trainers, the team's coaches and mentor (groups' rule) and admins see a submission; to anyone
 * else it does not exist.
 */
export const mayRead = (caller: AuthUser, access: SubmissionAccess): boolean =>
  access.is_member || access.is_trainer || access.is_follower || isAdmin(caller);

/** Only the team changes its work, and only while it is with them. */
export const mayEdit = (access: SubmissionAccess): boolean => access.is_member && isEditable(access.status);

/** The cohort's trainers (and admins) decide on submitted work. */
export const mayReview = (caller: AuthUser, access: SubmissionAccess): boolean =>
  (access.is_trainer || isAdmin(caller)) && access.status === 'submitted';

/**
 * The one place that says who may read, change and review which team's submission, and who sees a cohort's teams.
 * Every use case of the module asks it before it reads or writes; each check runs next to the query that loads the
 * submission, under the row lock when the caller then writes.
 */
@Injectable()
export class AssignmentAccessPolicy {
  constructor(
    private readonly submissions: SubmissionsRepository,
    private readonly cohortTeams: CohortTeamsRepository,
  ) {}

  /** The submission and who the caller is to it, or 404 for anyone who is neither member, trainer, follower nor admin. */
  async readable(
    caller: AuthUser,
    id: string,
    options: { lock?: boolean; db?: Db } = {},
  ): Promise<SubmissionAccess> {
    const access = await this.submissions.findAccess(id, caller.id, options.lock ?? false, options.db);
    if (!access || !mayRead(caller, access)) throw assignmentErrors.notFound();
    return access;
  }

  /** Whether the caller may change the submission now; pass the transaction and lock it when a write follows. */
  async editable(
    caller: AuthUser,
    id: string,
    options: { lock?: boolean; db?: Db } = {},
  ): Promise<SubmissionAccess> {
    const access = await this.readable(caller, id, options);
    if (!access.is_member) throw assignmentErrors.notTeamMember();
    if (!isEditable(access.status)) throw assignmentErrors.locked(access.status);
    return access;
  }

  /**
   * The cohort's trainers and admins review, but nobody reviews the work of their own team (admins aside); a coach or
   * mentor who is not also the cohort's trainer reads and comments only.
   */
  assertReviewer(caller: AuthUser, access: SubmissionAccess): void {
    if (!(access.is_trainer || isAdmin(caller))) throw assignmentErrors.notReviewer();
    if (access.is_member && !isAdmin(caller)) throw assignmentErrors.ownTeam();
  }

  /** The cohort's trainers and admins see its teams' work; to anyone else the cohort does not exist. */
  async assertCohortReviewer(caller: AuthUser, cohortId: string): Promise<void> {
    const cohort = await this.cohortTeams.findCohortTrainer(cohortId, caller.id);
    if (!cohort || !(cohort.is_trainer || isAdmin(caller))) throw assignmentErrors.cohortNotFound();
  }
}
