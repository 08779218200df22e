import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentStatus, TeamAssignmentSummary } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { sql } from '../../common/database/sql';

/** Whether the cohort exists and the caller is one of its trainers. */
export interface CohortTrainerRow {
  id: string;
  is_trainer: boolean;
}

/** One team × assignment activity of a cohort, with its submission's state when it has one. */
export interface CohortTeamRow {
  organization_id: string;
  organization_name: string;
  activity_id: string;
  activity_title: string;
  members: number;
  submission_id: string | null;
  status: TeamAssignmentSummary['status'];
  version: number;
  submitted_at: Date | null;
  updated_at: Date | null;
  /** count(*) OVER (): a bigint, which the driver gives as text. */
  total: string;
}

/** A team's development assignment: the first assignment activity of the cohort's course, and its submission. */
export interface TeamAssignmentStateRow {
  cohort_id: string;
  organization_id: string;
  submission_id: string | null;
  status: AssignmentStatus | null;
}

/**
 * The trainers' overview of a cohort's teams. Reads the cohorts, cohort_trainers, enrollments, users, organizations
 * and version_activities tables of other modules (listed cross-module reads); writes nothing.
 */
@Injectable()
export class CohortTeamsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findCohortTrainer(cohortId: string, userId: string): Promise<CohortTrainerRow | undefined> {
    return sql.one<CohortTrainerRow>(
      this.db,
      `SELECT c.id, EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = c.id AND ct.user_id = $2) AS is_trainer
         FROM cohorts c WHERE c.id = $1`,
      [cohortId, userId],
    );
  }

  /**
   * Every team of the cohort (organisations with active or completed members) for each assignment activity of its
   * course version, with the submission's state or `not_started`: one query.
   */
  listTeams(cohortId: string, page: { limit: number; offset: number }): Promise<CohortTeamRow[]> {
    return sql.rows<CohortTeamRow>(
      this.db,
      `WITH teams AS (
         SELECT u.organization_id, count(*)::int AS members
           FROM enrollments e JOIN users u ON u.id = e.user_id
          WHERE e.cohort_id = $1 AND e.status IN ('active', 'completed') AND u.organization_id IS NOT NULL
            AND u.erased_at IS NULL
          GROUP BY u.organization_id),
       tasks AS (
         SELECT va.activity_id, va.title, va.ordinal
           FROM cohorts c JOIN version_activities va ON va.version_id = c.course_version_id
          WHERE c.id = $1 AND va.kind = 'assignment')
       SELECT t.organization_id, o.name AS organization_name, k.activity_id, k.title AS activity_title, t.members,
              s.id AS submission_id, coalesce(s.status, 'not_started') AS status, coalesce(s.version, 0) AS version,
              s.submitted_at, s.updated_at, count(*) OVER () AS total
         FROM teams t
         JOIN organizations o ON o.id = t.organization_id
         CROSS JOIN tasks k
         LEFT JOIN assignment_submissions s
           ON s.cohort_id = $1 AND s.organization_id = t.organization_id AND s.activity_id = k.activity_id
        -- Work waiting for the trainer first, then by organisation.
        ORDER BY k.ordinal, (s.status = 'submitted') DESC NULLS LAST, o.name, o.id
        LIMIT $2 OFFSET $3`,
      [cohortId, page.limit, page.offset],
    );
  }

  /** For each team (cohort × organisation), its development assignment's submission and state, in one query. */
  teamStates(
    teams: readonly { cohortId: string; organizationId: string }[],
  ): Promise<TeamAssignmentStateRow[]> {
    return sql.rows<TeamAssignmentStateRow>(
      this.db,
      `SELECT t.cohort_id, t.organization_id, s.id AS submission_id, s.status
         FROM unnest($1::uuid[], $2::uuid[]) AS t(cohort_id, organization_id)
         JOIN cohorts c ON c.id = t.cohort_id
         LEFT JOIN LATERAL (SELECT va.activity_id FROM version_activities va
                             WHERE va.version_id = c.course_version_id AND va.kind = 'assignment'
                             ORDER BY va.ordinal LIMIT 1) k ON true
         LEFT JOIN assignment_submissions s
           ON s.cohort_id = t.cohort_id AND s.organization_id = t.organization_id AND s.activity_id = k.activity_id`,
      [teams.map((t) => t.cohortId), teams.map((t) => t.organizationId)],
    );
  }
}
