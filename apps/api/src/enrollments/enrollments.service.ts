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
import { toCohortResponse } from '../cohorts/cohort.mapper';
import { CohortsService } from '../cohorts/cohorts.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { ProgressService } from '../progress/progress.service';
import { ListEnrollmentsQuery } from './dto/enrollment.dto';
import { ENROLLMENT_STATUS_CHANGED, EnrollmentStatusChangedEvent } from './enrollment.events';
import { toEnrollmentResponse } from './enrollment.mapper';
import { enrollmentErrors } from './enrollments.errors';
import {
  EnrollmentsOf,
  EnrollmentsRepository,
  ProgressCounters,
  SeededEnrollment,
} from './enrollments.repository';

type Change = EnrollmentStatusChangedEvent;

/** A completed activity of seeded history, placed in the enrolment's course version. */
export interface SeededCompletion {
  enrollmentId: string;
  ordinal: number;
  modulePosition: number;
  required: boolean;
  completedAt: Date;
}

/** The shape of the course version the counters follow. */
export interface CounterOutline {
  modules: number;
  totalRequired: number;
}

const DAY_MS = 86_400_000;
// completed_days counts days from this one (as the progress write does).
const DAY_ZERO = Date.UTC(2000, 0, 1) / DAY_MS;

/**
 * Enrolment and its states. Every change to a cohort's seats happens with the cohort row locked, and the table
 * checks `seats_taken <= capacity`, so capacity holds whatever arrives at once.
 */
@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrollments: EnrollmentsRepository,
    private readonly cohorts: CohortsService,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async enrol(caller: AuthUser, cohortId: string, userId = caller.id): Promise<EnrollmentResponse> {
    await this.requireMayEnrol(caller, userId);
    const changes: Change[] = [];
    const id = await this.db.transaction(async (tx) => {
      const cohort = await this.cohorts.lockSeats(tx, cohortId);
      if (!cohort.enrollmentOpen) throw enrollmentErrors.closed();
      // Admins approve, so what they enrol needs no approval.
      const status: EnrollmentStatus =
        cohort.approvalRequired && !isAdmin(caller) ? 'pending' : cohort.hasSeat ? 'active' : 'waitlisted';
      const existing = await this.enrollments.findOfUser(tx, cohortId, userId);
      if (existing && existing.status !== 'withdrawn') throw enrollmentErrors.alreadyEnrolled();
      const enrollmentId = await this.enrollments.upsert(tx, {
        cohortId,
        userId,
        status,
        enrolledBy: caller.id,
      });
      // The enrolment starts afresh: the progress of its earlier life goes.
      if (existing) await this.progress.eraseForEnrollment(tx, enrollmentId);
      if (status === 'active') await this.cohorts.takeSeat(tx, cohortId);
      changes.push({ enrollmentId, cohortId, userId, from: existing?.status ?? null, to: status });
      await this.recordChanges(tx, caller.id, changes);
      return enrollmentId;
    });
    this.emit(changes);
    return this.findOne(id);
  }

  /**
   * A call's selection enrols the accepted team's people who have accounts, in the caller's transaction: `active` also
   * where the cohort needs approval (the selection is the approval), waitlisted when it is full; anyone already enrolled
   * (not withdrawn) stays as they are. Answers the changes, to `announce` after the commit.
   */
  async enrolSelected(
    tx: EntityManager,
    actorId: string,
    cohortId: string,
    userIds: string[],
  ): Promise<EnrollmentStatusChangedEvent[]> {
    const changes: Change[] = [];
    for (const userId of userIds) {
      // Locked again for each: the previous one may have taken the last seat.
      const cohort = await this.cohorts.lockSeats(tx, cohortId);
      const existing = await this.enrollments.findOfUser(tx, cohortId, userId);
      if (existing && existing.status !== 'withdrawn') continue;
      const status: EnrollmentStatus = cohort.hasSeat ? 'active' : 'waitlisted';
      const enrollmentId = await this.enrollments.upsert(tx, {
        cohortId,
        userId,
        status,
        enrolledBy: actorId,
      });
      if (existing) await this.progress.eraseForEnrollment(tx, enrollmentId);
      if (status === 'active') await this.cohorts.takeSeat(tx, cohortId);
      changes.push({ enrollmentId, cohortId, userId, from: existing?.status ?? null, to: status });
    }
    await this.recordChanges(tx, actorId, changes);
    return changes;
  }

  /** Tells of enrolments made in a transaction that has committed (`enrolSelected`). */
  announce(changes: EnrollmentStatusChangedEvent[]): void {
    this.emit(changes);
  }

  /** Admins approve (`active`); the participant or an admin withdraws. */
  async changeStatus(caller: AuthUser, id: string, to: 'active' | 'withdrawn'): Promise<EnrollmentResponse> {
    const found = await this.findOne(id);
    const own = found.userId === caller.id;
    if (!isAdmin(caller)) {
      if (!own && !(await this.cohorts.isTrainer(found.cohortId, caller.id)))
        throw enrollmentErrors.notFound();
      if (to === 'active') throw enrollmentErrors.onlyAdminsApprove();
      if (!own) throw enrollmentErrors.onlyParticipantWithdraws();
    }
    const changes: Change[] = [];
    const change = (from: EnrollmentStatus, next: EnrollmentStatus): Change => ({
      enrollmentId: id,
      cohortId: found.cohortId,
      userId: found.userId,
      from,
      to: next,
    });
    await this.db.transaction(async (tx) => {
      const cohort = await this.cohorts.lockSeats(tx, found.cohortId);
      const from = await this.enrollments.lockStatus(tx, id);
      if (!from) throw enrollmentErrors.notFound();
      if (to === 'active') {
        if (from === 'active') return;
        if (from !== 'pending' && from !== 'waitlisted') throw enrollmentErrors.cannotApprove(from);
        // Approval into a full cohort puts the enrolment on the waitlist.
        const next: EnrollmentStatus = cohort.hasSeat ? 'active' : 'waitlisted';
        if (next === from) return;
        await this.enrollments.setStatus(tx, id, next);
        if (next === 'active') await this.cohorts.takeSeat(tx, found.cohortId);
        changes.push(change(from, next));
      } else {
        if (from === 'withdrawn') return;
        if (from === 'completed') throw enrollmentErrors.completedCannotBeWithdrawn();
        await this.enrollments.setStatus(tx, id, 'withdrawn');
        changes.push(change(from, 'withdrawn'));
        if (from === 'active') {
          const promoted = await this.cohorts.releaseSeat(tx, caller.id, found.cohortId);
          for (const p of promoted) {
            // Audited by the waitlist; announced here.
            changes.push({
              enrollmentId: p.enrollmentId,
              cohortId: found.cohortId,
              userId: p.userId,
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
      throw enrollmentErrors.notCohortTrainer();
    }
    const rows = await this.enrollments.listForCohort(cohortId, query.status ?? null, query);
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
    if (!(await this.enrollments.maySeeTeam(organizationId, caller.id, isAdmin(caller)))) {
      throw enrollmentErrors.organizationNotFound();
    }
    return this.listWithCohort('u.organization_id = $1', organizationId, page);
  }

  async listMine(caller: AuthUser, page: PageQueryDto): Promise<ListResponse<MyEnrollmentResponse>> {
    return this.listWithCohort('e.user_id = $1', caller.id, page);
  }

  private async listWithCohort(
    of: EnrollmentsOf,
    value: string,
    page: PageQueryDto,
  ): Promise<ListResponse<MyEnrollmentResponse>> {
    const rows = await this.enrollments.listWithCohort(of, value, page);
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
    const row = await this.enrollments.find(id);
    if (!row) throw enrollmentErrors.notFound();
    return toEnrollmentResponse(row);
  }

  /** Self: participants and coordinators; a colleague of the same organisation: coordinators; anyone: admins. */
  /**
   * Seeding contract (demo data): enrolments at given places in the queue, with no audit entries, events or seat
   * checks; the caller takes their seats (CohortsService.seedSeatsTaken). Answers the ids in the order given.
   */
  seedEnrollments(tx: EntityManager, rows: SeededEnrollment[]): Promise<string[]> {
    return this.enrollments.seed(tx, rows);
  }

  /**
   * Seeding contract (demo data): brings the counters of enrolments in line with progress history imported
   * directly (ProgressService.importHistory), as the one-statement progress write would have kept them; an active
   * enrolment whose required activities are all done becomes completed, with no completion event.
   */
  async importCompletions(
    tx: EntityManager,
    outline: CounterOutline,
    completions: SeededCompletion[],
  ): Promise<void> {
    const byEnrollment = new Map<string, SeededCompletion[]>();
    for (const c of completions)
      byEnrollment.set(c.enrollmentId, [...(byEnrollment.get(c.enrollmentId) ?? []), c]);
    const counters = [...byEnrollment].map(([enrollmentId, done]) => countersOf(enrollmentId, outline, done));
    await this.enrollments.setProgressCounters(tx, counters);
  }

  private async requireMayEnrol(caller: AuthUser, userId: string): Promise<void> {
    if (isAdmin(caller)) {
      if (!(await this.enrollments.userExists(userId))) throw enrollmentErrors.userNotFound();
      return;
    }
    if (userId === caller.id) {
      if (caller.roles.includes('participant') || caller.roles.includes('coordinator')) return;
      throw enrollmentErrors.onlyParticipantsEnrolThemselves();
    }
    if (!caller.roles.includes('coordinator')) throw enrollmentErrors.onlyCoordinatorsEnrolColleagues();
    if (!(await this.enrollments.areColleagues(userId, caller.id)))
      throw enrollmentErrors.notSameOrganization();
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

function countersOf(
  enrollmentId: string,
  outline: CounterOutline,
  done: SeededCompletion[],
): ProgressCounters {
  const completedDays: (number | null)[] = Array.from(
    { length: Math.max(...done.map((d) => d.ordinal)) + 1 },
    () => null,
  );
  const moduleCompleted = Array.from({ length: outline.modules }, () => 0);
  let completedRequired = 0;
  for (const d of done) {
    completedDays[d.ordinal] = Math.floor(d.completedAt.getTime() / DAY_MS) - DAY_ZERO;
    if (!d.required) continue;
    moduleCompleted[d.modulePosition] += 1;
    completedRequired += 1;
  }
  const last = Math.max(...done.map((d) => d.completedAt.getTime()));
  const complete = completedRequired >= outline.totalRequired;
  return {
    enrollmentId,
    completedDays,
    moduleCompleted,
    completedRequired,
    completedAt: complete ? new Date(last) : null,
  };
}
