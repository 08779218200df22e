import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityProgressResponse, ProgressResponse, ProgressState } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AuthUser } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ENROLLMENT_COMPLETED, EnrollmentCompletedEvent } from '../enrollments/enrollment.events';

interface WriteContext {
  user_id: string;
  status: string;
  cohort_id: string;
  total_required: number;
  in_version: boolean;
  kind: string | null;
  required: boolean | null;
  module_id: string | null;
  released: boolean | null;
  is_trainer: boolean;
}

// One statement: the progress row, and when it newly became completed and is required, the enrolment's and the
// module's counters, the enrolment's completion and its audit entry. Completion is final: a later `in_progress`
// changes nothing, and a repeated call returns no row (the caller then reads the unchanged one).
const WRITE_PROGRESS = `
  WITH up AS (
    INSERT INTO progress AS p (enrollment_id, activity_id, state, completed_at, recorded_by)
    VALUES ($1, $2, $3, CASE WHEN $3 = 'completed' THEN now() END, $4)
    ON CONFLICT (enrollment_id, activity_id) DO UPDATE
      SET state = 'completed', completed_at = now(), recorded_by = EXCLUDED.recorded_by, updated_at = now()
      WHERE p.state = 'in_progress' AND EXCLUDED.state = 'completed'
    RETURNING state, completed_at
  ), counted AS (
    UPDATE enrollments e
    SET completed_required = e.completed_required + 1, updated_at = now(),
        status = CASE WHEN e.completed_required + 1 >= $6 AND e.status = 'active' THEN 'completed' ELSE e.status END,
        completed_at = CASE WHEN e.completed_required + 1 >= $6 THEN coalesce(e.completed_at, now()) ELSE e.completed_at END
    FROM up WHERE e.id = $1 AND up.state = 'completed' AND $5::boolean
    RETURNING e.completed_required = $6 AND e.status = 'completed' AS just_completed, e.completed_at
  ), per_module AS (
    INSERT INTO module_progress AS mp (enrollment_id, module_id, completed_required)
    SELECT $1, $7, 1 FROM up WHERE up.state = 'completed' AND $5::boolean
    ON CONFLICT (enrollment_id, module_id) DO UPDATE SET completed_required = mp.completed_required + 1
  ), audited AS (
    INSERT INTO audit_events (actor_id, action, subject_type, subject_id, details)
    SELECT $4, 'enrollment.status_changed', 'enrollment', $1, '{"from": "active", "to": "completed"}'
    FROM counted WHERE counted.just_completed
  )
  SELECT up.state, up.completed_at, coalesce(counted.just_completed, false) AS just_completed,
         counted.completed_at AS enrollment_completed_at
  FROM up LEFT JOIN counted ON true`;

const isAdmin = (caller: AuthUser) => caller.roles.includes('admin');

/** Progress per enrolment and activity, and completion when the last required activity is done. */
@Injectable()
export class ProgressService {
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
    const [ctx]: WriteContext[] = await this.db.query(
      `SELECT e.user_id, e.status, e.cohort_id, v.total_required, va.activity_id IS NOT NULL AS in_version,
              va.kind, va.required, va.module_id,
              (mr.releases_on IS NULL OR mr.releases_on <= current_date) AS released,
              EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = e.cohort_id AND t.user_id = $3) AS is_trainer
       FROM enrollments e
       JOIN cohorts c ON c.id = e.cohort_id
       JOIN course_versions v ON v.id = c.course_version_id
       LEFT JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = $2
       LEFT JOIN module_releases mr ON mr.cohort_id = c.id AND mr.module_id = va.module_id
       WHERE e.id = $1`,
      [enrollmentId, activityId, caller.id],
    );
    const own = ctx?.user_id === caller.id;
    if (!ctx || !(own || ctx.is_trainer || isAdmin(caller))) {
      throw new AppError('NOT_FOUND', 404, 'Enrolment not found');
    }
    if (!ctx.in_version)
      throw new AppError('NOT_FOUND', 404, 'This activity is not part of the cohort’s course');
    // Workshops are completed by attendance, which the cohort's trainers record; everything else by the participant.
    const byTrainer = ctx.kind === 'workshop';
    if (byTrainer && !(ctx.is_trainer || isAdmin(caller))) {
      throw new AppError('ATTENDANCE_BY_TRAINER', 403, 'The cohort’s trainers record workshop attendance');
    }
    if (!byTrainer && !own) {
      throw new AppError('FORBIDDEN', 403, 'Only the participant records this activity');
    }
    if (ctx.status !== 'active' && ctx.status !== 'completed') {
      throw new AppError('ENROLLMENT_NOT_ACTIVE', 409, `The enrolment is ${ctx.status}`);
    }
    if (!ctx.released && !byTrainer) {
      throw new AppError('MODULE_NOT_RELEASED', 409, 'This module has not opened yet');
    }
    const [written] = await this.db.query(WRITE_PROGRESS, [
      enrollmentId,
      activityId,
      state,
      caller.id,
      ctx.required,
      ctx.total_required,
      ctx.module_id,
    ]);
    if (written?.just_completed) {
      const event: EnrollmentCompletedEvent = {
        enrollmentId,
        cohortId: ctx.cohort_id,
        userId: ctx.user_id,
        completedAt: (written.enrollment_completed_at as Date).toISOString(),
      };
      this.events.emit(ENROLLMENT_COMPLETED, event);
    }
    const row =
      written ??
      (
        await this.db.query(
          `SELECT state, completed_at FROM progress WHERE enrollment_id = $1 AND activity_id = $2`,
          [enrollmentId, activityId],
        )
      )[0];
    return {
      activityId,
      state: row.state,
      completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    };
  }

  /** The participant, their organisation's coordinator, the cohort's trainers and admins. */
  async get(caller: AuthUser, enrollmentId: string): Promise<ProgressResponse> {
    const [e] = await this.db.query(
      `SELECT e.id, e.completed_required, e.completed_at, e.cohort_id, c.course_version_id, v.total_required,
              e.user_id = $2 OR $3
                OR EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = e.cohort_id AND t.user_id = $2)
                OR EXISTS (SELECT 1 FROM users u JOIN users me ON me.id = $2
                           WHERE u.id = e.user_id AND 'coordinator' = ANY(me.roles)
                             AND u.organization_id IS NOT NULL AND u.organization_id = me.organization_id) AS allowed
       FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN course_versions v ON v.id = c.course_version_id
       WHERE e.id = $1`,
      [enrollmentId, caller.id, isAdmin(caller)],
    );
    if (!e?.allowed) throw new AppError('NOT_FOUND', 404, 'Enrolment not found');
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
