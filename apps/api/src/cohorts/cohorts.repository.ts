import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../common/database/sql';
import { COHORT_SELECT } from './cohort.fragments';
import type { CohortRow } from './cohort.mapper';

export interface NewCohort {
  courseId: string;
  versionId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  approvalRequired: boolean;
  enrollmentClosesAt: string | null;
  place: string | null;
  onlineUrl: string | null;
}

/** null leaves the column as it is. */
export interface CohortPatch {
  name: string | null;
  startsOn: string | null;
  endsOn: string | null;
  capacity: number | null;
  approvalRequired: boolean | null;
  enrollmentClosesAt: string | null;
  /** undefined leaves the column as it is; null clears it. */
  place?: string | null;
  onlineUrl?: string | null;
}

export interface CohortListFilter {
  scope: 'open' | 'mine' | 'all';
  callerId: string;
  admin: boolean;
  limit: number;
  offset: number;
}

export interface NewWorkshopTime {
  activityId: string;
  startsAt: string;
  location: string | null;
}

export interface WorkshopOutsideRow {
  title: string;
  inherited: boolean;
}

export interface NewModuleRelease {
  moduleId: string;
  releasesOn: string;
}

interface CohortIdRow {
  id: string;
}
export type CohortListRow = CohortRow & { total: string };
export interface CohortForUpdateRow {
  starts_on: string;
  ends_on: string;
  seats_taken: number;
  course_version_id: string;
}
export interface CohortSeatsRow {
  approval_required: boolean;
  has_seat: boolean;
  open: boolean;
}
interface FreeSeatsRow {
  free: number;
}
interface FoundRow {
  found: number;
}
interface TrainerIdRow {
  user_id: string;
}
interface OutsideCountRow {
  outside: number;
}
interface WorkshopIdRow {
  activity_id: string;
}
interface ReleasedModuleIdRow {
  module_id: string;
}
export interface ModuleReleaseRow {
  module_id: string;
  releases_on: string;
}
export interface CohortWorkshopRow {
  activity_id: string;
  starts_at: Date;
  location: string | null;
}
interface VersionSummaryRow {
  summary: string;
}

// The caller takes part in the cohort (not withdrawn), runs it, or, as a change agent, follows an organisation of
// their regions that takes part in it. Reads enrollments, users and organizations (listed read exceptions).
const MINE = `(EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.user_id = $2::uuid AND e.status <> 'withdrawn')
  OR $2::uuid = ANY(c.trainer_ids)
  OR EXISTS (SELECT 1 FROM users me
             JOIN enrollments e ON e.cohort_id = c.id AND e.status IN ('active', 'completed')
             JOIN users u ON u.id = e.user_id
             JOIN organizations o ON o.id = u.organization_id
             WHERE me.id = $2::uuid AND 'change_agent' = ANY(me.roles) AND o.region = ANY(me.regions)))`;

/** The only code that reads and writes cohorts, cohort_trainers, module_releases and cohort_workshops. */
@Injectable()
export class CohortsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, cohort: NewCohort): Promise<string> {
    const row = await sql.one<CohortIdRow>(
      tx,
      `INSERT INTO cohorts (course_id, course_version_id, name, starts_on, ends_on, capacity, approval_required,
                            enrollment_closes_at, place, online_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        cohort.courseId,
        cohort.versionId,
        cohort.name,
        cohort.startsOn,
        cohort.endsOn,
        cohort.capacity,
        cohort.approvalRequired,
        cohort.enrollmentClosesAt,
        cohort.place,
        cohort.onlineUrl,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  find(id: string): Promise<CohortRow | undefined> {
    return sql.one<CohortRow>(this.db, `${COHORT_SELECT} WHERE c.id = $1`, [id]);
  }

  list(filter: CohortListFilter): Promise<CohortListRow[]> {
    return sql.rows<CohortListRow>(
      this.db,
      `SELECT *, count(*) OVER () AS total FROM (${COHORT_SELECT}) c
       WHERE CASE $1
         WHEN 'open' THEN c.enrollment_open
         WHEN 'mine' THEN ${MINE}
         ELSE $3 OR c.enrollment_open OR ${MINE}
       END
       ORDER BY c.starts_on DESC, c.name, c.id LIMIT $4 OFFSET $5`,
      [filter.scope, filter.callerId, filter.admin, filter.limit, filter.offset],
    );
  }

  /** Locks the cohort row for the rest of the transaction. */
  lockForUpdate(tx: EntityManager, id: string): Promise<CohortForUpdateRow | undefined> {
    return sql.one<CohortForUpdateRow>(
      tx,
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on,
              seats_taken, course_version_id FROM cohorts WHERE id = $1 FOR UPDATE`,
      [id],
    );
  }

  async update(tx: EntityManager, id: string, patch: CohortPatch): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE cohorts SET name = coalesce($2, name), starts_on = coalesce($3, starts_on), ends_on = coalesce($4, ends_on),
         capacity = coalesce($5, capacity), approval_required = coalesce($6, approval_required),
         enrollment_closes_at = coalesce($7, enrollment_closes_at),
         place = CASE WHEN $8 THEN $9 ELSE place END, online_url = CASE WHEN $10 THEN $11 ELSE online_url END
       WHERE id = $1`,
      [
        id,
        patch.name,
        patch.startsOn,
        patch.endsOn,
        patch.capacity,
        patch.approvalRequired,
        patch.enrollmentClosesAt,
        patch.place !== undefined,
        patch.place ?? null,
        patch.onlineUrl !== undefined,
        patch.onlineUrl ?? null,
      ],
    );
  }

  /** Whether another cohort (not `exceptId`) has this name, letter case and spacing aside. */
  async nameTaken(tx: EntityManager, name: string, exceptId: string | null): Promise<boolean> {
    const row = await sql.one<{ taken: boolean }>(
      tx,
      `SELECT EXISTS (SELECT 1 FROM cohorts WHERE lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) =
                      lower(regexp_replace(btrim($1), '\\s+', ' ', 'g')) AND id IS DISTINCT FROM $2) AS taken`,
      [name, exceptId],
    );
    return row?.taken ?? false;
  }

  /**
   * The workshops of the cohort's version whose time in the cohort (its own, else the course's) falls outside the
   * cohort's dates in Finnish days; `inheritedOnly`: those without a time of the cohort's own. Reads
   * version_activities (a listed read exception).
   */
  workshopsOutside(tx: EntityManager, cohortId: string): Promise<WorkshopOutsideRow[]> {
    return sql.rows<WorkshopOutsideRow>(
      tx,
      `SELECT va.title, cw.activity_id IS NULL AS inherited
         FROM cohorts c
         JOIN version_activities va ON va.version_id = c.course_version_id AND va.kind = 'workshop'
         LEFT JOIN cohort_workshops cw ON cw.cohort_id = c.id AND cw.activity_id = va.activity_id
        WHERE c.id = $1 AND coalesce(cw.starts_at, va.starts_at) IS NOT NULL
          AND (coalesce(cw.starts_at, va.starts_at) AT TIME ZONE 'Europe/Helsinki')::date
              NOT BETWEEN c.starts_on AND c.ends_on
        ORDER BY va.module_position, va.position`,
      [cohortId],
    );
  }

  /** Locks the cohort row (seat changes happen only under this lock) and reads what an enrolment depends on. */
  lockSeats(tx: EntityManager, id: string): Promise<CohortSeatsRow | undefined> {
    return sql.one<CohortSeatsRow>(
      tx,
      `SELECT approval_required, seats_taken < capacity AS has_seat,
              now() < coalesce(enrollment_closes_at, (ends_on + 1)::timestamptz) AS open
       FROM cohorts WHERE id = $1 FOR UPDATE`,
      [id],
    );
  }

  /** The table checks `seats_taken <= capacity`; the caller holds the row locked. */
  async addSeatsTaken(tx: EntityManager, id: string, seats: number): Promise<void> {
    await sql.affected(tx, `UPDATE cohorts SET seats_taken = seats_taken + $2 WHERE id = $1`, [id, seats]);
  }

  async freeSeats(tx: EntityManager, id: string): Promise<number> {
    const row = await sql.one<FreeSeatsRow>(
      tx,
      `SELECT greatest(capacity - seats_taken, 0) AS free FROM cohorts WHERE id = $1`,
      [id],
    );
    return row?.free ?? 0;
  }

  async isTrainer(cohortId: string, userId: string): Promise<boolean> {
    const row = await sql.one<FoundRow>(
      this.db,
      `SELECT 1 AS found FROM cohort_trainers WHERE cohort_id = $1 AND user_id = $2`,
      [cohortId, userId],
    );
    return row !== undefined;
  }

  /** Adds those of `userIds` who hold the trainer role (reads users: a listed read exception); answers how many. */
  async insertTrainers(tx: EntityManager, cohortId: string, userIds: string[]): Promise<number> {
    const rows = await sql.rows<TrainerIdRow>(
      tx,
      `INSERT INTO cohort_trainers (cohort_id, user_id)
       SELECT $1, u.id FROM users u WHERE u.id = ANY($2::uuid[]) AND 'trainer' = ANY(u.roles) RETURNING user_id`,
      [cohortId, userIds],
    );
    return rows.length;
  }

  async deleteTrainers(tx: EntityManager, cohortId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM cohort_trainers WHERE cohort_id = $1`, [cohortId]);
  }

  /** Adds the releases of modules of the version (reads version_modules: a listed read exception); answers how many. */
  async insertReleases(
    tx: EntityManager,
    cohortId: string,
    versionId: string,
    releases: NewModuleRelease[],
  ): Promise<number> {
    const rows = await sql.rows<ReleasedModuleIdRow>(
      tx,
      `INSERT INTO module_releases (cohort_id, module_id, releases_on)
       SELECT $1, r.module_id, r.releases_on
       FROM unnest($3::uuid[], $4::date[]) AS r(module_id, releases_on)
       JOIN version_modules vm ON vm.version_id = $2 AND vm.module_id = r.module_id
       RETURNING module_id`,
      [cohortId, versionId, releases.map((r) => r.moduleId), releases.map((r) => r.releasesOn)],
    );
    return rows.length;
  }

  async deleteReleases(tx: EntityManager, cohortId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM module_releases WHERE cohort_id = $1`, [cohortId]);
  }

  releases(cohortId: string): Promise<ModuleReleaseRow[]> {
    return sql.rows<ModuleReleaseRow>(
      this.db,
      `SELECT module_id, to_char(releases_on, 'YYYY-MM-DD') AS releases_on FROM module_releases WHERE cohort_id = $1`,
      [cohortId],
    );
  }

  /** How many of the instants fall outside the cohort's days (Finnish days). */
  async countOutsideCohort(tx: EntityManager, cohortId: string, instants: string[]): Promise<number> {
    const row = await sql.one<OutsideCountRow>(
      tx,
      `SELECT count(*)::int AS outside FROM cohorts c CROSS JOIN unnest($2::timestamptz[]) AS w(starts_at)
       WHERE c.id = $1 AND (w.starts_at AT TIME ZONE 'Europe/Helsinki')::date NOT BETWEEN c.starts_on AND c.ends_on`,
      [cohortId, instants],
    );
    return row?.outside ?? 0;
  }

  /** Adds the times of workshops of the version (reads version_activities: a listed read exception); answers how many. */
  async insertWorkshops(
    tx: EntityManager,
    cohortId: string,
    versionId: string,
    workshops: NewWorkshopTime[],
  ): Promise<number> {
    const rows = await sql.rows<WorkshopIdRow>(
      tx,
      `INSERT INTO cohort_workshops (cohort_id, activity_id, starts_at, location)
       SELECT $1, w.activity_id, w.starts_at, w.location
       FROM unnest($3::uuid[], $4::timestamptz[], $5::text[]) AS w(activity_id, starts_at, location)
       JOIN version_activities va ON va.version_id = $2 AND va.activity_id = w.activity_id AND va.kind = 'workshop'
       RETURNING activity_id`,
      [
        cohortId,
        versionId,
        workshops.map((w) => w.activityId),
        workshops.map((w) => w.startsAt),
        workshops.map((w) => w.location),
      ],
    );
    return rows.length;
  }

  async deleteWorkshops(tx: EntityManager, cohortId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM cohort_workshops WHERE cohort_id = $1`, [cohortId]);
  }

  workshops(cohortId: string): Promise<CohortWorkshopRow[]> {
    return sql.rows<CohortWorkshopRow>(
      this.db,
      `SELECT activity_id, starts_at, location FROM cohort_workshops WHERE cohort_id = $1`,
      [cohortId],
    );
  }

  /** Reads course_versions (a listed read exception). */
  async versionSummary(versionId: string): Promise<string | undefined> {
    const row = await sql.one<VersionSummaryRow>(
      this.db,
      `SELECT summary FROM course_versions WHERE id = $1`,
      [versionId],
    );
    return row?.summary;
  }

  /**
   * Whether the caller sees the cohort through an enrolment in it: their own, a colleague's as coordinator, or one of
   * an organisation of their regions as change agent. Reads enrollments, users and organizations (read exceptions).
   */
  async visibleThroughEnrolment(cohortId: string, callerId: string): Promise<boolean> {
    const row = await sql.one<FoundRow>(
      this.db,
      `SELECT 1 AS found FROM enrollments e JOIN users me ON me.id = $2
       JOIN users u ON u.id = e.user_id
       LEFT JOIN organizations o ON o.id = u.organization_id
       WHERE e.cohort_id = $1
         AND (e.user_id = $2
              OR ('coordinator' = ANY(me.roles) AND u.organization_id = me.organization_id)
              OR ('change_agent' = ANY(me.roles) AND e.status IN ('active', 'completed')
                  AND o.region = ANY(me.regions)))
       LIMIT 1`,
      [cohortId, callerId],
    );
    return row !== undefined;
  }
}
