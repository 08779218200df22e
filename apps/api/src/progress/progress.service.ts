import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityProgressResponse, ProgressResponse, ProgressState } from '@keino/contracts';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ENROLLMENT_COMPLETED, EnrollmentCompletedEvent } from '../enrollments/enrollment.events';

interface WriteRow {
  user_id: string;
  status: string;
  cohort_id: string;
  in_version: boolean;
  kind: string | null;
  released: boolean | null;
  is_trainer: boolean;
  state: ProgressState | null;
  completed_at: Date | null;
  just_completed: boolean | null;
  enrollment_completed_at: Date | null;
}

// The hot path, one round trip: load the enrolment and the activity, check who may write what, and only then write
// the progress row; when it newly became completed, the enrolment's day of it, and when required also the
// enrolment's counters (in all and per module), the enrolment's completion and its audit entry. Completion is final: a
// later `in_progress` changes nothing. Parameters: $1 enrolment, $2 activity, $3 caller, $4 state, $5 caller is admin.
// $6 is true when the service completes the activity on the participant's behalf (a team's approved assignment, an
// answered self-assessment): who may write and the module's release are then the caller's business.
// The checks are repeated in TypeScript on the returned row to name the refusal.
const WRITE_PROGRESS = `
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
    UPDATE enrollments e
    SET completed_required = e.completed_required + a.required::int, updated_at = now(),
        completed_days[a.ordinal + 1] = (up.completed_at AT TIME ZONE 'UTC')::date - DATE '2000-01-01',
        module_completed[a.module_position + 1] =
          coalesce(e.module_completed[a.module_position + 1], 0) + a.required::int,
        status = CASE WHEN e.completed_required + a.required::int >= a.total_required AND e.status = 'active'
                      THEN 'completed' ELSE e.status END,
        completed_at = CASE WHEN e.completed_required + a.required::int >= a.total_required
                            THEN coalesce(e.completed_at, now()) ELSE e.completed_at END
    FROM up, allowed a WHERE e.id = $1 AND up.state = 'completed'
    RETURNING a.required AND e.completed_required = a.total_required AND e.status = 'completed' AS just_completed,
              e.completed_at
  ), audited AS (
    INSERT INTO audit_events (actor_id, action, subject_type, subject_id, details)
    SELECT $3, 'enrollment.status_changed', 'enrollment', $1, '{"from": "active", "to": "completed"}'
    FROM counted WHERE counted.just_completed
  )
  SELECT ctx.user_id, ctx.status, ctx.cohort_id, ctx.in_version, ctx.kind, ctx.released, ctx.is_trainer,
         coalesce(up.state, old.state) AS state,
         CASE WHEN up.state IS NOT NULL THEN up.completed_at ELSE old.completed_at END AS completed_at,
         counted.just_completed, counted.completed_at AS enrollment_completed_at
  FROM ctx
  LEFT JOIN up ON true
  LEFT JOIN counted ON true
  LEFT JOIN progress old ON old.enrollment_id = $1 AND old.activity_id = $2`;

/**
 * Who sees an enrolment's progress (and answers): the participant, admins, the cohort's trainers and the coordinator
 * of the participant's organisation. A boolean SQL expression over the enrolment `e`; `caller` and `admin` are the
 * placeholders of the caller's id and of whether the caller is an admin.
 */
export const enrollmentVisibleTo = (caller: string, admin: string): string => `(
  e.user_id = ${caller} OR ${admin}::boolean
  OR EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = e.cohort_id AND t.user_id = ${caller})
  OR EXISTS (SELECT 1 FROM users u JOIN users me ON me.id = ${caller}
             WHERE u.id = e.user_id AND 'coordinator' = ANY(me.roles)
               AND u.organization_id IS NOT NULL AND u.organization_id = me.organization_id))`;

/** Progress per enrolment and activity, and completion when the last required activity is done. */
@Injectable()
export class ProgressService {
  private readonly logger = new Logger(ProgressService.name);
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
  ) {}

  /** Idempotent: repeating a call changes nothing and answers the same `completedAt`. */
  async record(
    caller: AuthUser,
    enrollmentId: string,
    activityId: string,
    state: ProgressState,
  ): Promise<ActivityProgressResponse> {
    return this.write(enrollmentId, activityId, caller.id, state, isAdmin(caller), false);
  }

  /**
   * Completes an activity that the participant does not tick off themselves: a team assignment a trainer approved, a
   * self-assessment the participant answered. The caller has checked who may do this; `recordedBy` is who did it.
   * Counters and the enrolment's completion follow exactly as for `record`.
   */
  async completeOnBehalf(
    enrollmentId: string,
    activityId: string,
    recordedBy: string,
  ): Promise<ActivityProgressResponse> {
    return this.write(enrollmentId, activityId, recordedBy, 'completed', false, true);
  }

  /**
   * `completeOnBehalf` for each in turn (each write may complete an enrolment and issue its certificate). One refusal
   * (an enrolment withdrawn a moment ago) does not keep the others from theirs. Answers how many were completed.
   */
  async completeEachOnBehalf(
    rows: { enrollmentId: string; activityId: string; recordedBy: string }[],
  ): Promise<number> {
    let completed = 0;
    for (const r of rows) {
      try {
        await this.completeOnBehalf(r.enrollmentId, r.activityId, r.recordedBy);
        completed++;
      } catch (error) {
        this.logger.warn(
          `Activity ${r.activityId} not completed for enrolment ${r.enrollmentId}: ${String(error)}`,
        );
      }
    }
    return completed;
  }

  private async write(
    enrollmentId: string,
    activityId: string,
    actorId: string,
    state: ProgressState,
    admin: boolean,
    onBehalf: boolean,
  ): Promise<ActivityProgressResponse> {
    // A named statement on the pool: prepared once per connection, and none of the ORM's per-query work.
    const pool = (this.db.driver as PostgresDriver).master as Pool;
    const { rows } = await pool.query<WriteRow>({
      name: 'write-progress',
      text: WRITE_PROGRESS,
      values: [enrollmentId, activityId, actorId, state, admin, onBehalf],
    });
    const row = rows[0];
    const own = row?.user_id === actorId || onBehalf;
    if (!row || !(own || row.is_trainer || admin))
      throw new AppError('NOT_FOUND', 'Enrolment not found');
    if (!row.in_version)
      throw new AppError('NOT_FOUND', 'This activity is not part of the cohort’s course');
    if (!onBehalf && row.kind === 'assignment') {
      throw new AppError(
        'COMPLETED_BY_APPROVAL',
        'The team’s assignment is complete when a trainer approves it',
      );
    }
    if (!onBehalf && row.kind === 'assessment') {
      throw new AppError(
        'COMPLETED_BY_ANSWERS',
        'The self-assessment is complete when it has been answered',
      );
    }
    // Workshops are completed by attendance, which the cohort's trainers record; everything else by the participant.
    const byTrainer = row.kind === 'workshop';
    if (byTrainer && !(row.is_trainer || admin)) {
      throw new AppError('ATTENDANCE_BY_TRAINER', 'The cohort’s trainers record workshop attendance');
    }
    if (!byTrainer && !own)
      throw new AppError('FORBIDDEN', 'Only the participant records this activity');
    if (row.status !== 'active' && row.status !== 'completed') {
      throw new AppError('ENROLLMENT_NOT_ACTIVE', `The enrolment is ${row.status}`);
    }
    if (!row.released && !byTrainer && !onBehalf)
      throw new AppError('MODULE_NOT_RELEASED', 'This module has not opened yet');
    if (row.just_completed && row.enrollment_completed_at) {
      const event: EnrollmentCompletedEvent = {
        enrollmentId,
        cohortId: row.cohort_id,
        userId: row.user_id,
        completedAt: row.enrollment_completed_at.toISOString(),
      };
      // Awaited, so the certificate exists when the participant sees the completion.
      await this.events.emitAsync(ENROLLMENT_COMPLETED, event);
    }
    // The same row written at the same instant by another request is not yet visible to this statement.
    const written = row.state
      ? row
      : (
          await pool.query<WriteRow>(
            `SELECT state, completed_at FROM progress WHERE enrollment_id = $1 AND activity_id = $2`,
            [enrollmentId, activityId],
          )
        ).rows[0];
    return {
      activityId,
      state: written.state as ProgressState,
      completedAt: written.completed_at ? written.completed_at.toISOString() : null,
    };
  }

  /** The participant, their organisation's coordinator, the cohort's trainers and admins. */
  async get(caller: AuthUser, enrollmentId: string): Promise<ProgressResponse> {
    const [e] = await this.db.query(
      `SELECT e.id, e.completed_required, e.completed_at, e.cohort_id, c.course_version_id, v.total_required,
              ${enrollmentVisibleTo('$2', '$3')} AS allowed
       FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN course_versions v ON v.id = c.course_version_id
       WHERE e.id = $1`,
      [enrollmentId, caller.id, isAdmin(caller)],
    );
    if (!e?.allowed) throw new AppError('NOT_FOUND', 'Enrolment not found');
    const activities: { activity_id: string; state: ProgressState; completed_at: Date | null }[] =
      await this.db.query(
        `SELECT p.activity_id, p.state, p.completed_at FROM progress p
       JOIN version_activities va ON va.version_id = $2 AND va.activity_id = p.activity_id
       WHERE p.enrollment_id = $1 ORDER BY va.ordinal`,
        [enrollmentId, e.course_version_id],
      );
    const missing: { activity_id: string; module_id: string; title: string }[] = await this.db.query(
      `SELECT va.activity_id, va.module_id, va.title FROM version_activities va
       WHERE va.version_id = $2 AND va.required
         AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = $1 AND p.activity_id = va.activity_id
                         AND p.state = 'completed')
       ORDER BY va.ordinal`,
      [enrollmentId, e.course_version_id],
    );
    return {
      completedRequired: e.completed_required,
      totalRequired: e.total_required,
      percent: percentOf(e.completed_required, e.total_required),
      completedAt: e.completed_at ? e.completed_at.toISOString() : null,
      activities: activities.map((a) => ({
        activityId: a.activity_id,
        state: a.state,
        completedAt: a.completed_at ? a.completed_at.toISOString() : null,
      })),
      missing: missing.map((m) => ({ activityId: m.activity_id, moduleId: m.module_id, title: m.title })),
    };
  }
}

/** 0–100, at most one decimal. */
export function percentOf(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * done) / total) / 10;
}
