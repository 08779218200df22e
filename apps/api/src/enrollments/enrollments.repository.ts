import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EnrollmentStatus } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { COHORT_SELECT } from '../cohorts/cohort.fragments';
import type { CohortRow } from '../cohorts/cohort.mapper';
import { sql } from '../common/database/sql';
import type { EnrollmentRow } from './enrollment.mapper';

export interface NewEnrollment {
  cohortId: string;
  userId: string;
  status: EnrollmentStatus;
  enrolledBy: string;
}

/** An enrolment as demo data seeds it: at a given place in the queue, by nobody. */
export interface SeededEnrollment {
  cohortId: string;
  userId: string;
  status: EnrollmentStatus;
  queuedAt: Date;
}

/** An enrolment's progress counters, as `countCompletedActivity` would have left them. */
export interface ProgressCounters {
  enrollmentId: string;
  /** By ordinal: the day of each completion (days since 2000-01-01, UTC), null where not done. */
  completedDays: (number | null)[];
  /** By module position: required activities done. */
  moduleCompleted: number[];
  completedRequired: number;
  /** When the last required activity was done; null while some are left. */
  completedAt: Date | null;
}

export interface EnrollmentPage {
  limit: number;
  offset: number;
}

/** The one condition on $1 that a list of enrolments with their cohort filters by. */
export type EnrollmentsOf = 'e.user_id = $1' | 'u.organization_id = $1';

export interface ExistingEnrollmentRow {
  id: string;
  status: EnrollmentStatus;
}
interface EnrollmentIdRow {
  id: string;
}
interface SeededEnrollmentRow {
  id: string;
  user_id: string;
}
interface EnrollmentStatusRow {
  status: EnrollmentStatus;
}
export type CohortEnrollmentRow = EnrollmentRow & { total: string };
/** `row_to_json` gives the cohort's timestamps as text. */
export type CohortJsonRow = Omit<CohortRow, 'enrollment_closes_at'> & { enrollment_closes_at: string | null };
export type EnrollmentWithCohortRow = EnrollmentRow & {
  total: string;
  percent: number;
  cohort: CohortJsonRow;
};
interface AllowedRow {
  allowed: boolean;
}
interface FoundRow {
  found: number;
}
interface ColleagueRow {
  colleague: boolean;
}
export interface PromotedEnrollmentRow {
  id: string;
  user_id: string;
}

/**
 * The only code that reads and writes enrollments. Reads of users, organizations and (through COHORT_SELECT) cohorts
 * and course_versions are listed read exceptions.
 */
@Injectable()
export class EnrollmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  find(id: string): Promise<EnrollmentRow | undefined> {
    return sql.one<EnrollmentRow>(this.db, `SELECT * FROM enrollments WHERE id = $1`, [id]);
  }

  findOfUser(
    tx: EntityManager,
    cohortId: string,
    userId: string,
  ): Promise<ExistingEnrollmentRow | undefined> {
    return sql.one<ExistingEnrollmentRow>(
      tx,
      `SELECT id, status FROM enrollments WHERE cohort_id = $1 AND user_id = $2`,
      [cohortId, userId],
    );
  }

  /** A withdrawn enrolment comes back to life with its counters reset: one row per person and cohort. */
  async upsert(tx: EntityManager, enrollment: NewEnrollment): Promise<string> {
    const row = await sql.one<EnrollmentIdRow>(
      tx,
      `INSERT INTO enrollments (cohort_id, user_id, status, enrolled_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_enrollments_cohort_user DO UPDATE
         SET status = EXCLUDED.status, enrolled_by = EXCLUDED.enrolled_by, queued_at = clock_timestamp(),
             updated_at = now(), completed_required = 0, completed_days = '{NULL}', module_completed = '{NULL}', completed_at = NULL
       RETURNING id`,
      [enrollment.cohortId, enrollment.userId, enrollment.status, enrollment.enrolledBy],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  async lockStatus(tx: EntityManager, id: string): Promise<EnrollmentStatus | undefined> {
    const row = await sql.one<EnrollmentStatusRow>(
      tx,
      `SELECT status FROM enrollments WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row?.status;
  }

  /** A waitlisted enrolment queues again from now. */
  async setStatus(tx: EntityManager, id: string, status: EnrollmentStatus): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE enrollments SET status = $2, updated_at = now(),
         queued_at = CASE WHEN $2 = 'waitlisted' THEN clock_timestamp() ELSE queued_at END
       WHERE id = $1`,
      [id, status],
    );
  }

  /** Activates the first `seats` waitlisted enrolments of the cohort, first come first served. */
  promoteWaitlisted(tx: EntityManager, cohortId: string, seats: number): Promise<PromotedEnrollmentRow[]> {
    return sql.rows<PromotedEnrollmentRow>(
      tx,
      `WITH next AS (
         SELECT e.id FROM enrollments e WHERE e.cohort_id = $1 AND e.status = 'waitlisted'
         ORDER BY e.queued_at, e.id LIMIT $2 FOR UPDATE
       )
       UPDATE enrollments e SET status = 'active', updated_at = now() FROM next WHERE e.id = next.id
       RETURNING e.id, e.user_id`,
      [cohortId, seats],
    );
  }

  /** Waitlisted last, each group in the order they came. */
  listForCohort(
    cohortId: string,
    status: EnrollmentStatus | null,
    page: EnrollmentPage,
  ): Promise<CohortEnrollmentRow[]> {
    return sql.rows<CohortEnrollmentRow>(
      this.db,
      `SELECT e.*, u.full_name, u.organization_id, count(*) OVER () AS total
       FROM enrollments e JOIN users u ON u.id = e.user_id
       WHERE e.cohort_id = $1 AND ($2::text IS NULL OR e.status = $2)
       ORDER BY CASE e.status WHEN 'waitlisted' THEN 1 ELSE 0 END, e.queued_at, e.id
       LIMIT $3 OFFSET $4`,
      [cohortId, status, page.limit, page.offset],
    );
  }

  /** Enrolments with their cohort and percent. */
  listWithCohort(of: EnrollmentsOf, value: string, page: EnrollmentPage): Promise<EnrollmentWithCohortRow[]> {
    return sql.rows<EnrollmentWithCohortRow>(
      this.db,
      `SELECT e.*, u.full_name, u.organization_id, count(*) OVER () AS total,
              CASE WHEN v.total_required = 0 THEN 0
                   ELSE round(100.0 * e.completed_required / v.total_required, 1)::float END AS percent,
              row_to_json(c) AS cohort
       FROM enrollments e
       JOIN users u ON u.id = e.user_id
       JOIN (${COHORT_SELECT}) c ON c.id = e.cohort_id
       JOIN course_versions v ON v.id = c.course_version_id
       WHERE ${of}
       ORDER BY c.starts_on DESC, u.full_name, e.id LIMIT $2 OFFSET $3`,
      [value, page.limit, page.offset],
    );
  }

  /** A team's enrolments: its coordinators, change agents of its region and admins (reads organizations, users). */
  async maySeeTeam(organizationId: string, callerId: string, admin: boolean): Promise<boolean> {
    const row = await sql.one<AllowedRow>(
      this.db,
      `SELECT $3 OR ('coordinator' = ANY(me.roles) AND me.organization_id = o.id)
              OR ('change_agent' = ANY(me.roles) AND o.region = ANY(me.regions)) AS allowed
       FROM organizations o, users me WHERE o.id = $1 AND me.id = $2`,
      [organizationId, callerId, admin],
    );
    return row?.allowed ?? false;
  }

  /** Reads users (a listed read exception). */
  async userExists(userId: string): Promise<boolean> {
    const row = await sql.one<FoundRow>(this.db, `SELECT 1 AS found FROM users WHERE id = $1`, [userId]);
    return row !== undefined;
  }

  /** Both belong to the same organisation (reads users: a listed read exception). */
  async areColleagues(userId: string, callerId: string): Promise<boolean> {
    const row = await sql.one<ColleagueRow>(
      this.db,
      `SELECT u.organization_id IS NOT NULL AND u.organization_id = me.organization_id AS colleague
       FROM users u, users me WHERE u.id = $1 AND me.id = $2`,
      [userId, callerId],
    );
    return row?.colleague ?? false;
  }

  /** Seeding contract (demo data): many enrolments in one statement; answers their ids in the order given. */
  async seed(tx: EntityManager, rows: SeededEnrollment[]): Promise<string[]> {
    const inserted = await sql.rows<SeededEnrollmentRow>(
      tx,
      `INSERT INTO enrollments (cohort_id, user_id, status, queued_at, created_at)
       SELECT x.c, x.u, x.s, x.q, x.q FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS x(c, u, s, q)
       RETURNING id, cohort_id || ':' || user_id AS user_id`,
      [
        rows.map((r) => r.cohortId),
        rows.map((r) => r.userId),
        rows.map((r) => r.status),
        rows.map((r) => r.queuedAt.toISOString()),
      ],
    );
    const ids = new Map(inserted.map((r) => [r.user_id, r.id]));
    return rows.map((r) => {
      const id = ids.get(`${r.cohortId}:${r.userId}`);
      if (!id) throw new Error(`No enrolment of ${r.userId} in ${r.cohortId}`);
      return id;
    });
  }

  /** Seeding contract (demo data): sets the counters; a complete active enrolment becomes completed. */
  async setProgressCounters(tx: EntityManager, counters: ProgressCounters[]): Promise<void> {
    const arrayLiteral = (values: (number | null)[]) => `{${values.map((v) => v ?? 'NULL').join(',')}}`;
    await sql.affected(
      tx,
      `UPDATE enrollments e
       SET completed_days = x.days::int[], module_completed = x.modules::int[], completed_required = x.done,
           status = CASE WHEN x.at IS NOT NULL AND e.status = 'active' THEN 'completed' ELSE e.status END,
           completed_at = x.at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::timestamptz[]) AS x(id, days, modules, done, at)
       WHERE e.id = x.id`,
      [
        counters.map((c) => c.enrollmentId),
        counters.map((c) => arrayLiteral(c.completedDays)),
        counters.map((c) => arrayLiteral(c.moduleCompleted)),
        counters.map((c) => c.completedRequired),
        counters.map((c) => c.completedAt?.toISOString() ?? null),
      ],
    );
  }
}
