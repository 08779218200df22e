import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EnrollmentResponse,
  EnrollmentStatus,
  ListResponse,
  MyEnrollmentResponse,
} from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { PageQueryDto } from '../common/pagination/page.query';
import { COHORT_SELECT, CohortRow, toCohortResponse } from '../cohorts/cohort.mapper';
import { CohortsService } from '../cohorts/cohorts.service';
import { promoteFromWaitlist } from '../cohorts/waitlist';
import { ListEnrollmentsQuery } from './dto/enrollment.dto';
import { ENROLLMENT_STATUS_CHANGED, EnrollmentStatusChangedEvent } from './enrollment.events';
import { EnrollmentRow, toEnrollmentResponse } from './enrollment.mapper';

type Change = EnrollmentStatusChangedEvent;

/**
 * Enrolment and its states. Every change to a cohort's seats happens with the cohort row locked, and the table
 * checks `seats_taken <= capacity`, so capacity holds whatever arrives at once.
 */
@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortsService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async enrol(caller: AuthUser, cohortId: string, userId = caller.id): Promise<EnrollmentResponse> {
    await this.requireMayEnrol(caller, userId);
    const changes: Change[] = [];
    const id = await this.db.transaction(async (tx) => {
      const [cohort] = await tx.query(
        `SELECT id, approval_required, seats_taken < capacity AS has_seat,
                now() < coalesce(enrollment_closes_at, (ends_on + 1)::timestamptz) AS open
         FROM cohorts WHERE id = $1 FOR UPDATE`,
        [cohortId],
      );
      if (!cohort) throw new AppError('NOT_FOUND', 'Cohort not found');
      if (!cohort.open) throw new AppError('ENROLLMENT_CLOSED', 'Enrolment to this cohort has closed');
      // Admins approve, so what they enrol needs no approval.
      const status: EnrollmentStatus =
        cohort.approval_required && !isAdmin(caller) ? 'pending' : cohort.has_seat ? 'active' : 'waitlisted';
      const [existing] = await tx.query(
        `SELECT id, status FROM enrollments WHERE cohort_id = $1 AND user_id = $2`,
        [cohortId, userId],
      );
      if (existing && existing.status !== 'withdrawn') {
        throw new AppError('ALREADY_ENROLLED', 'This person is already enrolled in the cohort');
      }
      // A withdrawn enrolment comes back to life: one row per person and cohort.
      const [row] = await tx.query(
        `INSERT INTO enrollments (cohort_id, user_id, status, enrolled_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_enrollments_cohort_user DO UPDATE
           SET status = EXCLUDED.status, enrolled_by = EXCLUDED.enrolled_by, queued_at = clock_timestamp(),
               updated_at = now(), completed_required = 0, completed_days = '{NULL}', module_completed = '{NULL}', completed_at = NULL
         RETURNING id`,
        [cohortId, userId, status, caller.id],
      );
      if (existing) {
        await tx.query(`DELETE FROM progress WHERE enrollment_id = $1`, [row.id]);
      }
      if (status === 'active')
        await tx.query(`UPDATE cohorts SET seats_taken = seats_taken + 1 WHERE id = $1`, [cohortId]);
      changes.push({ enrollmentId: row.id, cohortId, userId, from: existing?.status ?? null, to: status });
      await this.recordChanges(tx, caller.id, changes);
      return row.id as string;
    });
    this.emit(changes);
    return this.findOne(id);
  }

  /** Admins approve (`active`); the participant or an admin withdraws. */
  async changeStatus(caller: AuthUser, id: string, to: 'active' | 'withdrawn'): Promise<EnrollmentResponse> {
    const found = await this.findOne(id);
    const own = found.userId === caller.id;
    if (!isAdmin(caller)) {
      if (!own && !(await this.cohorts.isTrainer(found.cohortId, caller.id))) {
        throw new AppError('NOT_FOUND', 'Enrolment not found');
      }
      if (to === 'active') throw new AppError('FORBIDDEN', 'Only admins approve enrolments');
      if (!own)
        throw new AppError('FORBIDDEN', 'Only the participant or an admin withdraws an enrolment');
    }
    const changes: Change[] = [];
    await this.db.transaction(async (tx) => {
      const [cohort] = await tx.query(
        `SELECT seats_taken < capacity AS has_seat FROM cohorts WHERE id = $1 FOR UPDATE`,
        [found.cohortId],
      );
      const [current] = await tx.query(`SELECT status FROM enrollments WHERE id = $1 FOR UPDATE`, [id]);
      const from: EnrollmentStatus = current.status;
      if (to === 'active') {
        if (from === 'active') return;
        if (from !== 'pending' && from !== 'waitlisted') {
          throw new AppError('INVALID_TRANSITION', `A ${from} enrolment cannot be approved`);
        }
        // Approval into a full cohort puts the enrolment on the waitlist.
        const next: EnrollmentStatus = cohort.has_seat ? 'active' : 'waitlisted';
        if (next === from) return;
        await this.setStatus(tx, id, next);
        if (next === 'active') {
          await tx.query(`UPDATE cohorts SET seats_taken = seats_taken + 1 WHERE id = $1`, [found.cohortId]);
        }
        changes.push({ enrollmentId: id, cohortId: found.cohortId, userId: found.userId, from, to: next });
      } else {
        if (from === 'withdrawn') return;
        if (from === 'completed')
          throw new AppError('INVALID_TRANSITION', 'A completed enrolment cannot be withdrawn');
        await this.setStatus(tx, id, 'withdrawn');
        changes.push({
          enrollmentId: id,
          cohortId: found.cohortId,
          userId: found.userId,
          from,
          to: 'withdrawn',
        });
        if (from === 'active') {
          await tx.query(`UPDATE cohorts SET seats_taken = seats_taken - 1 WHERE id = $1`, [found.cohortId]);
          const promoted = await promoteFromWaitlist(tx, this.audit, caller.id, found.cohortId);
          for (const p of promoted) {
            // Audited by promoteFromWaitlist; announced here.
            changes.push({
              enrollmentId: p.id,
              cohortId: found.cohortId,
              userId: p.user_id,
              from: 'waitlisted',
              to: 'active',
            });
          }
        }
      }
      await this.recordChanges(
        tx,
        caller.id,
        changes.filter((c) => c.enrollmentId === id),
      );
    });
    this.emit(changes);
    return this.findOne(id);
  }

  /** The cohort's trainers and admins. */
  async listForCohort(
    caller: AuthUser,
    cohortId: string,
    query: ListEnrollmentsQuery,
  ): Promise<ListResponse<EnrollmentResponse>> {
    await this.cohorts.findRow(cohortId);
    if (!isAdmin(caller) && !(await this.cohorts.isTrainer(cohortId, caller.id))) {
      throw new AppError(
        'NOT_COHORT_TRAINER',
        'Only the cohort’s trainers and admins see its enrolments',
      );
    }
    const rows: (EnrollmentRow & { total: string })[] = await this.db.query(
      `SELECT e.*, u.full_name, u.organization_id, count(*) OVER () AS total
       FROM enrollments e JOIN users u ON u.id = e.user_id
       WHERE e.cohort_id = $1 AND ($2::text IS NULL OR e.status = $2)
       ORDER BY CASE e.status WHEN 'waitlisted' THEN 1 ELSE 0 END, e.queued_at, e.id
       LIMIT $3 OFFSET $4`,
      [cohortId, query.status ?? null, query.limit, query.offset],
    );
    return { items: rows.map(toEnrollmentResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /**
   * A team: the enrolments of an organisation's people, for its coordinators (of that organisation), change agents
   * of its region and admins; others get 404.
   */
  async listForOrganization(
    caller: AuthUser,
    organizationId: string,
    page: PageQueryDto,
  ): Promise<ListResponse<MyEnrollmentResponse>> {
    const [access] = await this.db.query(
      `SELECT $3 OR ('coordinator' = ANY(me.roles) AND me.organization_id = o.id)
              OR ('change_agent' = ANY(me.roles) AND o.region = ANY(me.regions)) AS allowed
       FROM organizations o, users me WHERE o.id = $1 AND me.id = $2`,
      [organizationId, caller.id, isAdmin(caller)],
    );
    if (!access?.allowed) throw new AppError('NOT_FOUND', 'Organisation not found');
    return this.listWhere('u.organization_id = $1', organizationId, page);
  }

  async listMine(caller: AuthUser, page: PageQueryDto): Promise<ListResponse<MyEnrollmentResponse>> {
    return this.listWhere('e.user_id = $1', caller.id, page);
  }

  // Enrolments with their cohort and percent, for one fixed condition on $1.
  private async listWhere(
    condition: 'e.user_id = $1' | 'u.organization_id = $1',
    value: string,
    page: PageQueryDto,
  ): Promise<ListResponse<MyEnrollmentResponse>> {
    const rows: (EnrollmentRow & { total: string; percent: number; cohort: CohortRow })[] =
      await this.db.query(
        `SELECT e.*, u.full_name, u.organization_id, count(*) OVER () AS total,
              CASE WHEN v.total_required = 0 THEN 0
                   ELSE round(100.0 * e.completed_required / v.total_required, 1)::float END AS percent,
              row_to_json(c) AS cohort
       FROM enrollments e
       JOIN users u ON u.id = e.user_id
       JOIN (${COHORT_SELECT}) c ON c.id = e.cohort_id
       JOIN course_versions v ON v.id = c.course_version_id
       WHERE ${condition}
       ORDER BY c.starts_on DESC, u.full_name, e.id LIMIT $2 OFFSET $3`,
        [value, page.limit, page.offset],
      );
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      items: rows.map((r) => ({
        ...toEnrollmentResponse(r),
        percent: r.percent,
        cohort: toCohortResponse({
          ...r.cohort,
          enrollment_closes_at: r.cohort.enrollment_closes_at
            ? new Date(r.cohort.enrollment_closes_at)
            : null,
        }),
      })),
    };
  }

  async findOne(id: string): Promise<EnrollmentResponse> {
    const [row] = await this.db.query(`SELECT * FROM enrollments WHERE id = $1`, [id]);
    if (!row) throw new AppError('NOT_FOUND', 'Enrolment not found');
    return toEnrollmentResponse(row);
  }

  /** Self: participants and coordinators; a colleague of the same organisation: coordinators; anyone: admins. */
  private async requireMayEnrol(caller: AuthUser, userId: string): Promise<void> {
    if (isAdmin(caller)) {
      const [exists] = await this.db.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
      if (!exists) throw new AppError('NOT_FOUND', 'User not found');
      return;
    }
    if (userId === caller.id) {
      if (caller.roles.includes('participant') || caller.roles.includes('coordinator')) return;
      throw new AppError('FORBIDDEN', 'Only participants enrol themselves');
    }
    if (!caller.roles.includes('coordinator')) {
      throw new AppError('FORBIDDEN', 'Only coordinators enrol colleagues');
    }
    const [row] = await this.db.query(
      `SELECT u.organization_id IS NOT NULL AND u.organization_id = me.organization_id AS colleague
       FROM users u, users me WHERE u.id = $1 AND me.id = $2`,
      [userId, caller.id],
    );
    if (!row?.colleague) {
      throw new AppError(
        'NOT_SAME_ORGANIZATION',
        'Coordinators enrol colleagues of their own organisation only',
      );
    }
  }

  private async setStatus(tx: EntityManager, id: string, status: EnrollmentStatus): Promise<void> {
    await tx.query(
      `UPDATE enrollments SET status = $2, updated_at = now(),
         queued_at = CASE WHEN $2 = 'waitlisted' THEN clock_timestamp() ELSE queued_at END
       WHERE id = $1`,
      [id, status],
    );
  }

  private async recordChanges(tx: EntityManager, actorId: string, changes: Change[]): Promise<void> {
    await this.audit.record(
      tx,
      changes.map((c) => ({
        actorId,
        action: 'enrollment.status_changed' as const,
        subjectType: 'enrollment' as const,
        subjectId: c.enrollmentId,
        details: { from: c.from, to: c.to, userId: c.userId, cohortId: c.cohortId },
      })),
    );
  }

  private emit(changes: Change[]): void {
    for (const change of changes) this.events.emit(ENROLLMENT_STATUS_CHANGED, change);
  }
}
