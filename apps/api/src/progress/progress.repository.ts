import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityKind, EnrollmentStatus, ProgressState } from '@keino/contracts';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { insertAuditEventsFrom } from '../audit/audit.fragments';
import { sql } from '../common/database/sql';
import { countCompletedActivity, enrollmentVisibleTo } from '../enrollments/enrollment.fragments';

export interface ProgressWrite {
  enrollmentId: string;
  activityId: string;
  actorId: string;
  state: ProgressState;
  admin: boolean;
  onBehalf: boolean;
}

/** What the progress write found and did; null where there was nothing (no such activity, no write). */
export interface ProgressWriteRow {
  user_id: string;
  status: EnrollmentStatus;
  cohort_id: string;
  in_version: boolean;
  kind: ActivityKind | null;
  released: boolean | null;
  is_trainer: boolean;
  state: ProgressState | null;
  completed_at: Date | null;
  just_completed: boolean | null;
  enrollment_completed_at: Date | null;
}
/** An activity done at a given time, as seeded history. */
export interface CompletedActivity {
  enrollmentId: string;
  activityId: string;
  completedAt: Date;
}

export interface ProgressStateRow {
  state: ProgressState;
  completed_at: Date | null;
}
export interface ReadableEnrollmentRow {
  id: string;
  completed_required: number;
  completed_at: Date | null;
  cohort_id: string;
  course_version_id: string;
  total_required: number;
  allowed: boolean;
}
export interface ActivityProgressRow {
  activity_id: string;
  state: ProgressState;
  completed_at: Date | null;
}
export interface MissingActivityRow {
  activity_id: string;
  module_id: string;
  title: string;
}

// The completion's audit entry, when this write completed the enrolment (the audit module's INSERT reads it).
const AUDIT_COMPLETION = `SELECT $3, 'enrollment.status_changed', 'enrollment', $1, '{"from": "active", "to": "completed"}'
    FROM counted WHERE counted.just_completed`;

/**
 * The hot path, one round trip (ADR 0003): load the enrolment and the activity, check who may write what, and only
 * then write the progress row; when it newly became completed, the enrolment's day of it, and when required also the
 * enrolment's counters (in all and per module), the enrolment's completion and its audit entry. Completion is final:
 * a later `in_progress` changes nothing. Parameters: $1 enrolment, $2 activity, $3 caller, $4 state, $5 caller is
 * admin. $6 is true when the service completes the activity on the participant's behalf (a team's approved
 * assignment, an answered self-assessment): who may write and the module's release are then the caller's business.
 * The writes of other modules' tables are their own fragments (enrollments' counters, audit's insert); the `ctx` CTE
 * reads enrollments, cohorts, course_versions, version_activities, module_releases and cohort_trainers (listed read
 * exceptions). The text is what the benchmark measures; progress.repository.spec.ts holds it to its fingerprint.
 */
export const WRITE_PROGRESS = `
  WITH ctx AS (
    SELECT e.user_id, e.status, e.cohort_id, v.total_required, va.activity_id IS NOT NULL AS in_version,
           va.kind, va.required, va.module_position, va.ordinal,
           (mr.releases_on IS NULL OR mr.releases_on <= current_date) AS released,
           EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = e.cohort_id AND t.user_id = $3) AS is_trainer
    FROM enrollments e
    JOIN cohorts c ON c.id = e.cohort_id
    JOIN course_versions v ON v.id = c.course_version_id
    LEFT JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = $2
    LEFT JOIN module_releases mr ON mr.cohort_id = c.id AND mr.module_id = va.module_id
    WHERE e.id = $1
  ), allowed AS (
    SELECT * FROM ctx
    WHERE in_version AND status IN ('active', 'completed')
      AND CASE WHEN $6::boolean THEN true
               WHEN kind = 'workshop' THEN is_trainer OR $5::boolean
               WHEN kind IN ('assignment', 'assessment') THEN false
               ELSE user_id = $3 AND released END
  ), up AS (
    INSERT INTO progress AS p (enrollment_id, activity_id, state, completed_at, recorded_by)
    SELECT $1, $2, $4::text, CASE WHEN $4::text = 'completed' THEN now() END, $3 FROM allowed
    ON CONFLICT (enrollment_id, activity_id) DO UPDATE
      SET state = 'completed', completed_at = now(), recorded_by = EXCLUDED.recorded_by, updated_at = now()
      WHERE p.state = 'in_progress' AND EXCLUDED.state = 'completed'
    RETURNING state, completed_at
  ), counted AS (
    ${countCompletedActivity({ enrollmentId: '$1', written: 'up', activity: 'allowed' })}
  ), audited AS (
    ${insertAuditEventsFrom(AUDIT_COMPLETION)}
  )
  SELECT ctx.user_id, ctx.status, ctx.cohort_id, ctx.in_version, ctx.kind, ctx.released, ctx.is_trainer,
         coalesce(up.state, old.state) AS state,
         CASE WHEN up.state IS NOT NULL THEN up.completed_at ELSE old.completed_at END AS completed_at,
         counted.just_completed, counted.completed_at AS enrollment_completed_at
  FROM ctx
  LEFT JOIN up ON true
  LEFT JOIN counted ON true
  LEFT JOIN progress old ON old.enrollment_id = $1 AND old.activity_id = $2`;

/** The only code that reads and writes progress. */
@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  // The hot path runs on the pool itself: none of the ORM's per-query work.
  private get pool(): Pool {
    return (this.db.driver as PostgresDriver).master as Pool;
  }

  /** A named statement: prepared once per connection. No row when the enrolment does not exist. */
  async write(w: ProgressWrite): Promise<ProgressWriteRow | undefined> {
    const { rows } = await this.pool.query<ProgressWriteRow>({
      name: 'write-progress',
      text: WRITE_PROGRESS,
      values: [w.enrollmentId, w.activityId, w.actorId, w.state, w.admin, w.onBehalf],
    });
    return rows[0];
  }

  async findState(enrollmentId: string, activityId: string): Promise<ProgressStateRow | undefined> {
    const { rows } = await this.pool.query<ProgressStateRow>(
      `SELECT state, completed_at FROM progress WHERE enrollment_id = $1 AND activity_id = $2`,
      [enrollmentId, activityId],
    );
    return rows[0];
  }

  /** The enrolment with its counters and whether the caller may see it (reads enrollments, cohorts, course_versions). */
  readableEnrollment(
    enrollmentId: string,
    callerId: string,
    admin: boolean,
  ): Promise<ReadableEnrollmentRow | undefined> {
    return sql.one<ReadableEnrollmentRow>(
      this.db,
      `SELECT e.id, e.completed_required, e.completed_at, e.cohort_id, c.course_version_id, v.total_required,
              ${enrollmentVisibleTo('$2', '$3')} AS allowed
       FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN course_versions v ON v.id = c.course_version_id
       WHERE e.id = $1`,
      [enrollmentId, callerId, admin],
    );
  }

  /** In course order (reads version_activities: a listed read exception). */
  activities(enrollmentId: string, versionId: string): Promise<ActivityProgressRow[]> {
    return sql.rows<ActivityProgressRow>(
      this.db,
      `SELECT p.activity_id, p.state, p.completed_at FROM progress p
       JOIN version_activities va ON va.version_id = $2 AND va.activity_id = p.activity_id
       WHERE p.enrollment_id = $1 ORDER BY va.ordinal`,
      [enrollmentId, versionId],
    );
  }

  /** Required activities not yet completed, in course order (reads version_activities: a listed read exception). */
  missingRequired(enrollmentId: string, versionId: string): Promise<MissingActivityRow[]> {
    return sql.rows<MissingActivityRow>(
      this.db,
      `SELECT va.activity_id, va.module_id, va.title FROM version_activities va
       WHERE va.version_id = $2 AND va.required
         AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = $1 AND p.activity_id = va.activity_id
                         AND p.state = 'completed')
       ORDER BY va.ordinal`,
      [enrollmentId, versionId],
    );
  }

  async deleteForEnrollment(tx: EntityManager, enrollmentId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM progress WHERE enrollment_id = $1`, [enrollmentId]);
  }

  /**
   * Seeding contract (demo data): completed activities at their own times, recorded by nobody, in one statement.
   * Counters on the enrolments are the enrollments module's (EnrollmentsService.importCompletions).
   */
  async importCompleted(tx: EntityManager, rows: CompletedActivity[]): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO progress (enrollment_id, activity_id, state, completed_at)
       SELECT x.e, x.a, 'completed', x.t FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS x(e, a, t)`,
      [
        rows.map((r) => r.enrollmentId),
        rows.map((r) => r.activityId),
        rows.map((r) => r.completedAt.toISOString()),
      ],
    );
  }
}
