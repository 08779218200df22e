import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { ActivityProgressResponse, ProgressResponse, ProgressState } from '@keino/contracts';
import { EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { ENROLLMENT_COMPLETED, EnrollmentCompletedEvent } from '../enrollments/enrollment.events';
import { progressErrors } from './progress.errors';
import {
  CompletedActivity,
  ProgressRepository,
  ProgressWrite,
  ProgressWriteRow,
} from './progress.repository';

// Assessments import it from here; the predicate is the enrollments module's SQL (enrollment.fragments.ts).
export { enrollmentVisibleTo } from '../enrollments/enrollment.fragments';

/** Progress per enrolment and activity, and completion when the last required activity is done. */
@Injectable()
export class ProgressService {
  private readonly logger = new Logger(ProgressService.name);
  constructor(
    private readonly progress: ProgressRepository,
    private readonly events: EventEmitter2,
  ) {}

  /** Idempotent: repeating a call changes nothing and answers the same `completedAt`. */
  async record(
    caller: AuthUser,
    enrollmentId: string,
    activityId: string,
    state: ProgressState,
  ): Promise<ActivityProgressResponse> {
    const admin = isAdmin(caller);
    return this.write({ enrollmentId, activityId, actorId: caller.id, state, admin, onBehalf: false });
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
    return this.write({
      enrollmentId,
      activityId,
      actorId: recordedBy,
      state: 'completed',
      admin: false,
      onBehalf: true,
    });
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

  /** An enrolment that starts afresh (re-enrolment after withdrawal) loses its earlier progress, in its transaction. */
  async eraseForEnrollment(tx: EntityManager, enrollmentId: string): Promise<void> {
    await this.progress.deleteForEnrollment(tx, enrollmentId);
  }

  /**
   * Seeding contract (demo data): history, activities completed at their own times, without the checks, counters
   * or completion events of `record` (the caller brings the counters in line and issues certificates after).
   */
  async importHistory(tx: EntityManager, rows: CompletedActivity[]): Promise<void> {
    await this.progress.importCompleted(tx, rows);
  }

  // One statement writes and checks at once; the checks are repeated here on the returned row to name the refusal.
  private async write(w: ProgressWrite): Promise<ActivityProgressResponse> {
    const row = await this.progress.write(w);
    requireWriteAllowed(w, row);
    if (row.just_completed && row.enrollment_completed_at) {
      const event: EnrollmentCompletedEvent = {
        enrollmentId: w.enrollmentId,
        cohortId: row.cohort_id,
        userId: row.user_id,
        completedAt: row.enrollment_completed_at.toISOString(),
      };
      // Awaited, so the certificate exists when the participant sees the completion.
      await this.events.emitAsync(ENROLLMENT_COMPLETED, event);
    }
    // The same row written at the same instant by another request is not yet visible to this statement.
    const written = row.state
      ? { state: row.state, completed_at: row.completed_at }
      : await this.progress.findState(w.enrollmentId, w.activityId);
    // The statement wrote the row or another request did: only a vanished enrolment leaves none.
    if (!written) throw new Error(`No progress row for enrolment ${w.enrollmentId} after writing it`);
    return {
      activityId: w.activityId,
      state: written.state,
      completedAt: written.completed_at ? written.completed_at.toISOString() : null,
    };
  }

  /** The participant, their organisation's coordinator, the cohort's trainers and admins. */
  async get(caller: AuthUser, enrollmentId: string): Promise<ProgressResponse> {
    const e = await this.progress.readableEnrollment(enrollmentId, caller.id, isAdmin(caller));
    if (!e?.allowed) throw progressErrors.enrollmentNotFound();
    const [activities, missing] = await Promise.all([
      this.progress.activities(enrollmentId, e.course_version_id),
      this.progress.missingRequired(enrollmentId, e.course_version_id),
    ]);
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

/** Names the refusal of a write the statement did not make; in the order of the statement's own checks. */
function requireWriteAllowed(
  w: ProgressWrite,
  row: ProgressWriteRow | undefined,
): asserts row is ProgressWriteRow {
  const own = row?.user_id === w.actorId || w.onBehalf;
  if (!row || !(own || row.is_trainer || w.admin)) throw progressErrors.enrollmentNotFound();
  if (!row.in_version) throw progressErrors.activityNotInCourse();
  if (!w.onBehalf && row.kind === 'assignment') throw progressErrors.completedByApproval();
  if (!w.onBehalf && row.kind === 'assessment') throw progressErrors.completedByAnswers();
  // Workshops are completed by attendance, which the cohort's trainers record; everything else by the participant.
  const byTrainer = row.kind === 'workshop';
  if (byTrainer && !(row.is_trainer || w.admin)) throw progressErrors.attendanceByTrainer();
  if (!byTrainer && !own) throw progressErrors.onlyParticipant();
  if (row.status !== 'active' && row.status !== 'completed') {
    throw progressErrors.enrollmentNotActive(row.status);
  }
  if (!row.released && !byTrainer && !w.onBehalf) throw progressErrors.moduleNotReleased();
}

/** 0–100, at most one decimal. */
export function percentOf(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * done) / total) / 10;
}
