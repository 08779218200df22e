import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CohortDetailResponse, CohortResponse, ListResponse } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { CoursesService } from '../courses/courses.service';
import { COHORT_SELECT, CohortRow, toCohortResponse } from './cohort.mapper';
import {
  CohortWorkshopDto,
  CreateCohortDto,
  ModuleReleaseDto,
  UpdateCohortDto,
} from './dto/create-cohort.dto';
import { ListCohortsQuery } from './dto/list-cohorts.query';
import { promoteFromWaitlist } from './waitlist';

/** Cohorts: one run of a course version, with capacity, trainers and module release dates. */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly courses: CoursesService,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateCohortDto): Promise<CohortResponse> {
    if (!(await this.courses.exists(input.courseId)))
      throw new AppError('NOT_FOUND', 'Course not found');
    const version = await this.courses.latestVersion(input.courseId);
    if (!version)
      throw new AppError('COURSE_NOT_PUBLISHED', 'Publish the course before opening a cohort');
    requireDateOrder(input.startsOn, input.endsOn);
    const id = await this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO cohorts (course_id, course_version_id, name, starts_on, ends_on, capacity, approval_required, enrollment_closes_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          input.courseId,
          version.id,
          input.name.trim(),
          input.startsOn,
          input.endsOn,
          input.capacity,
          input.approvalRequired,
          input.enrollmentClosesAt ?? null,
        ],
      );
      await this.setTrainers(tx, row.id, input.trainerIds ?? []);
      await this.setReleases(tx, row.id, version.id, input.moduleReleases ?? []);
      await this.setWorkshops(tx, row.id, version.id, input.workshops ?? []);
      return row.id as string;
    });
    return toCohortResponse(await this.findRow(id));
  }

  /** Capacity may not drop below the seats taken; raising it promotes from the waitlist. */
  async update(actorId: string, id: string, input: UpdateCohortDto): Promise<CohortResponse> {
    await this.db.transaction(async (tx) => {
      await this.applyUpdate(tx, id, input);
      await promoteFromWaitlist(tx, this.audit, actorId, id);
    });
    return toCohortResponse(await this.findRow(id));
  }

  private async applyUpdate(tx: EntityManager, id: string, input: UpdateCohortDto): Promise<void> {
    const [current] = await tx.query(
      `SELECT to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on,
              seats_taken, course_version_id FROM cohorts WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!current) throw new AppError('NOT_FOUND', 'Cohort not found');
    requireDateOrder(input.startsOn ?? current.starts_on, input.endsOn ?? current.ends_on);
    if (input.capacity !== undefined && input.capacity < current.seats_taken) {
      throw new AppError(
        'CAPACITY_BELOW_SEATS',
        `${current.seats_taken} seats are taken; capacity cannot be lower`,
      );
    }
    await tx.query(
      `UPDATE cohorts SET name = coalesce($2, name), starts_on = coalesce($3, starts_on), ends_on = coalesce($4, ends_on),
         capacity = coalesce($5, capacity), approval_required = coalesce($6, approval_required),
         enrollment_closes_at = coalesce($7, enrollment_closes_at)
       WHERE id = $1`,
      [
        id,
        input.name?.trim() ?? null,
        input.startsOn ?? null,
        input.endsOn ?? null,
        input.capacity ?? null,
        input.approvalRequired ?? null,
        input.enrollmentClosesAt ?? null,
      ],
    );
    if (input.trainerIds) {
      await tx.query(`DELETE FROM cohort_trainers WHERE cohort_id = $1`, [id]);
      await this.setTrainers(tx, id, input.trainerIds);
    }
    if (input.moduleReleases) {
      await tx.query(`DELETE FROM module_releases WHERE cohort_id = $1`, [id]);
      await this.setReleases(tx, id, current.course_version_id, input.moduleReleases);
    }
    if (input.workshops) {
      await tx.query(`DELETE FROM cohort_workshops WHERE cohort_id = $1`, [id]);
      await this.setWorkshops(tx, id, current.course_version_id, input.workshops);
    }
  }

  /**
   * Cohorts open for enrolment and those the caller takes part in or runs (for change agents: where organisations of
   * their regions take part); admins see every cohort.
   */
  async list(caller: AuthUser, query: ListCohortsQuery): Promise<ListResponse<CohortResponse>> {
    const scope = query.scope ?? 'all';
    const rows: (CohortRow & { total: string })[] = await this.db.query(
      `SELECT *, count(*) OVER () AS total FROM (${COHORT_SELECT}) c
       WHERE CASE $1
         WHEN 'open' THEN c.enrollment_open
         WHEN 'mine' THEN ${MINE}
         ELSE $3 OR c.enrollment_open OR ${MINE}
       END
       ORDER BY c.starts_on DESC, c.name, c.id LIMIT $4 OFFSET $5`,
      [scope, caller.id, isAdmin(caller), query.limit, query.offset],
    );
    return { items: rows.map(toCohortResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async get(caller: AuthUser, id: string): Promise<CohortDetailResponse> {
    const row = await this.findRow(id);
    if (!(await this.canSee(caller, row))) throw new AppError('NOT_FOUND', 'Cohort not found');
    const modules = await this.courses.versionModules(row.course_version_id);
    const releases: { module_id: string; releases_on: string }[] = await this.db.query(
      `SELECT module_id, to_char(releases_on, 'YYYY-MM-DD') AS releases_on FROM module_releases WHERE cohort_id = $1`,
      [id],
    );
    const releaseOf = new Map(releases.map((r) => [r.module_id, r.releases_on]));
    const workshops: { activity_id: string; starts_at: Date; location: string | null }[] =
      await this.db.query(
        `SELECT activity_id, starts_at, location FROM cohort_workshops WHERE cohort_id = $1`,
        [id],
      );
    const workshopOf = new Map(workshops.map((w) => [w.activity_id, w]));
    const [version] = await this.db.query(`SELECT summary FROM course_versions WHERE id = $1`, [
      row.course_version_id,
    ]);
    return {
      ...toCohortResponse(row),
      courseSummary: version.summary,
      modules: modules.map((m) => ({
        ...m,
        releasesOn: releaseOf.get(m.id) ?? null,
        // This cohort's own workshop times and places stand in for the course version's defaults.
        activities: m.activities.map((a) => {
          const own = workshopOf.get(a.id);
          if (!own) return a;
          return { ...a, startsAt: own.starts_at.toISOString(), location: own.location ?? a.location };
        }),
      })),
    };
  }

  /**
   * Open cohorts are public to signed-in users; otherwise its trainers, admins, the people in it, their coordinators,
   * and change agents when organisations of their regions take part (as in the list's `mine`).
   */
  private async canSee(caller: AuthUser, row: CohortRow): Promise<boolean> {
    if (row.enrollment_open || isAdmin(caller) || row.trainer_ids.includes(caller.id)) return true;
    const [mine] = await this.db.query(
      `SELECT 1 FROM enrollments e JOIN users me ON me.id = $2
       JOIN users u ON u.id = e.user_id
       LEFT JOIN organizations o ON o.id = u.organization_id
       WHERE e.cohort_id = $1
         AND (e.user_id = $2
              OR ('coordinator' = ANY(me.roles) AND u.organization_id = me.organization_id)
              OR ('change_agent' = ANY(me.roles) AND e.status IN ('active', 'completed')
                  AND o.region = ANY(me.regions)))
       LIMIT 1`,
      [row.id, caller.id],
    );
    return !!mine;
  }

  async findRow(id: string, manager: EntityManager = this.db.manager): Promise<CohortRow> {
    const [row] = await manager.query(`${COHORT_SELECT} WHERE c.id = $1`, [id]);
    if (!row) throw new AppError('NOT_FOUND', 'Cohort not found');
    return row;
  }

  async isTrainer(cohortId: string, userId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM cohort_trainers WHERE cohort_id = $1 AND user_id = $2`, [
      cohortId,
      userId,
    ]);
    return !!row;
  }

  private async setTrainers(tx: EntityManager, cohortId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const rows = await tx.query(
      `INSERT INTO cohort_trainers (cohort_id, user_id)
       SELECT $1, u.id FROM users u WHERE u.id = ANY($2::uuid[]) AND 'trainer' = ANY(u.roles) RETURNING user_id`,
      [cohortId, userIds],
    );
    if (rows.length !== userIds.length) {
      throw new AppError('NOT_A_TRAINER', 'Every trainerIds entry must be a user with the trainer role');
    }
  }

  /** Each listed activity must be a workshop of the cohort's course version, listed once. */
  private async setWorkshops(
    tx: EntityManager,
    cohortId: string,
    versionId: string,
    workshops: CohortWorkshopDto[],
  ): Promise<void> {
    if (workshops.length === 0) return;
    if (new Set(workshops.map((w) => w.activityId)).size !== workshops.length) {
      throw new AppError('VALIDATION_FAILED', 'workshops names a workshop twice');
    }
    // A cohort meets between its own start and end (Finnish days), as the web form also says.
    const [{ outside }] = await tx.query(
      `SELECT count(*)::int AS outside FROM cohorts c CROSS JOIN unnest($2::timestamptz[]) AS w(starts_at)
       WHERE c.id = $1 AND (w.starts_at AT TIME ZONE 'Europe/Helsinki')::date NOT BETWEEN c.starts_on AND c.ends_on`,
      [cohortId, workshops.map((w) => w.startsAt)],
    );
    if (outside > 0) {
      throw new AppError(
        'WORKSHOP_OUTSIDE_COHORT',
        'A workshop must fall between the cohort’s start and end',
      );
    }
    const rows = await tx.query(
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
        workshops.map((w) => w.location?.trim() || null),
      ],
    );
    if (rows.length !== workshops.length) {
      throw new AppError(
        'UNKNOWN_WORKSHOP',
        'workshops names an activity that is not a workshop of the cohort’s course version',
      );
    }
  }

  private async setReleases(
    tx: EntityManager,
    cohortId: string,
    versionId: string,
    releases: ModuleReleaseDto[],
  ) {
    if (releases.length === 0) return;
    if (new Set(releases.map((r) => r.moduleId)).size !== releases.length) {
      throw new AppError('VALIDATION_FAILED', 'moduleReleases names a module twice');
    }
    const rows = await tx.query(
      `INSERT INTO module_releases (cohort_id, module_id, releases_on)
       SELECT $1, r.module_id, r.releases_on
       FROM unnest($3::uuid[], $4::date[]) AS r(module_id, releases_on)
       JOIN version_modules vm ON vm.version_id = $2 AND vm.module_id = r.module_id
       RETURNING module_id`,
      [cohortId, versionId, releases.map((r) => r.moduleId), releases.map((r) => r.releasesOn)],
    );
    if (rows.length !== releases.length) {
      throw new AppError(
        'UNKNOWN_MODULE',
        'moduleReleases names a module outside the cohort’s course version',
      );
    }
  }
}

// The caller takes part in the cohort (not withdrawn), runs it, or, as a change agent, follows an organisation of
// their regions that takes part in it.
const MINE = `(EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.user_id = $2::uuid AND e.status <> 'withdrawn')
  OR $2::uuid = ANY(c.trainer_ids)
  OR EXISTS (SELECT 1 FROM users me
             JOIN enrollments e ON e.cohort_id = c.id AND e.status IN ('active', 'completed')
             JOIN users u ON u.id = e.user_id
             JOIN organizations o ON o.id = u.organization_id
             WHERE me.id = $2::uuid AND 'change_agent' = ANY(me.roles) AND o.region = ANY(me.regions)))`;

function requireDateOrder(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw new AppError('VALIDATION_FAILED', 'endsOn must not be before startsOn');
}
