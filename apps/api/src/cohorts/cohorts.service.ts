import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CohortDetailResponse, CohortResponse, ListResponse } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { CoursesService } from '../courses/courses.service';
import { PromotedEnrollment, WaitlistService } from '../enrollments/waitlist.service';
import { CohortRow, toCohortResponse } from './cohort.mapper';
import { cohortErrors } from './cohorts.errors';
import { CohortsRepository } from './cohorts.repository';
import {
  CohortWorkshopDto,
  CreateCohortDto,
  ModuleReleaseDto,
  UpdateCohortDto,
} from './dto/create-cohort.dto';
import { ListCohortsQuery } from './dto/list-cohorts.query';

/** What an enrolment into a cohort depends on, read with the cohort row locked. */
export interface CohortSeats {
  approvalRequired: boolean;
  hasSeat: boolean;
  enrollmentOpen: boolean;
}

/** Cohorts: one run of a course version, with capacity, trainers and module release dates. */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortsRepository,
    private readonly courses: CoursesService,
    private readonly waitlist: WaitlistService,
  ) {}

  async create(input: CreateCohortDto): Promise<CohortResponse> {
    if (!(await this.courses.exists(input.courseId))) throw cohortErrors.courseNotFound();
    const version = await this.courses.latestVersion(input.courseId);
    if (!version) throw cohortErrors.courseNotPublished();
    requireDateOrder(input.startsOn, input.endsOn);
    const id = await this.db.transaction(async (tx) => {
      await this.requireFreeName(tx, input.name, null, input.allowDuplicateName);
      const cohortId = await this.cohorts.insert(tx, {
        courseId: input.courseId,
        versionId: version.id,
        name: input.name.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        capacity: input.capacity,
        approvalRequired: input.approvalRequired,
        enrollmentClosesAt: input.enrollmentClosesAt ?? null,
        place: input.place?.trim() || null,
        onlineUrl: input.onlineUrl?.trim() || null,
      });
      await this.setTrainers(tx, cohortId, input.trainerIds ?? []);
      await this.setReleases(tx, cohortId, version.id, input.moduleReleases ?? []);
      await this.setWorkshops(tx, cohortId, version.id, input.workshops ?? []);
      // A workshop left without a time of the cohort's own meets when the course says: only if that is within the
      // cohort's dates, so that a 2027–28 cohort never silently shows workshops of 2026.
      const outside = await this.cohorts.workshopsOutside(tx, cohortId);
      if (outside.length > 0) throw cohortErrors.workshopDateRequired(outside.map((w) => w.title));
      return cohortId;
    });
    return toCohortResponse(await this.findRow(id));
  }

  /** Capacity may not drop below the seats taken; raising it promotes from the waitlist. */
  async update(actorId: string, id: string, input: UpdateCohortDto): Promise<CohortResponse> {
    await this.db.transaction(async (tx) => {
      await this.applyUpdate(tx, id, input);
      await this.fillFromWaitlist(tx, actorId, id);
    });
    return toCohortResponse(await this.findRow(id));
  }

  private async applyUpdate(tx: EntityManager, id: string, input: UpdateCohortDto): Promise<void> {
    const current = await this.cohorts.lockForUpdate(tx, id);
    if (!current) throw cohortErrors.notFound();
    requireDateOrder(input.startsOn ?? current.starts_on, input.endsOn ?? current.ends_on);
    if (input.capacity !== undefined && input.capacity < current.seats_taken) {
      throw cohortErrors.capacityBelowSeats(current.seats_taken);
    }
    if (input.name !== undefined) await this.requireFreeName(tx, input.name, id, input.allowDuplicateName);
    await this.cohorts.update(tx, id, {
      name: input.name?.trim() ?? null,
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      capacity: input.capacity ?? null,
      approvalRequired: input.approvalRequired ?? null,
      enrollmentClosesAt: input.enrollmentClosesAt ?? null,
      place: input.place === undefined ? undefined : input.place?.trim() || null,
      onlineUrl: input.onlineUrl === undefined ? undefined : input.onlineUrl?.trim() || null,
    });
    if (input.trainerIds) {
      await this.cohorts.deleteTrainers(tx, id);
      await this.setTrainers(tx, id, input.trainerIds);
    }
    if (input.moduleReleases) {
      await this.cohorts.deleteReleases(tx, id);
      await this.setReleases(tx, id, current.course_version_id, input.moduleReleases);
    }
    if (input.workshops) {
      await this.cohorts.deleteWorkshops(tx, id);
      await this.setWorkshops(tx, id, current.course_version_id, input.workshops);
    }
    // New dates or times must still hold every workshop, its own time or the course's.
    if (!input.startsOn && !input.endsOn && !input.workshops) return;
    const outside = await this.cohorts.workshopsOutside(tx, id);
    if (outside.some((w) => !w.inherited)) throw cohortErrors.workshopOutsideCohort();
    if (outside.length > 0) throw cohortErrors.workshopDateRequired(outside.map((w) => w.title));
  }

  /** Two cohorts of one name are told apart by no one: a second one needs the caller's word that it is meant. */
  private async requireFreeName(
    tx: EntityManager,
    name: string,
    exceptId: string | null,
    allowDuplicate = false,
  ): Promise<void> {
    if (allowDuplicate) return;
    if (await this.cohorts.nameTaken(tx, name.trim(), exceptId)) throw cohortErrors.nameTaken(name.trim());
  }

  /**
   * Cohorts open for enrolment and those the caller takes part in or runs (for change agents: where organisations of
   * their regions take part); admins see every cohort.
   */
  async list(caller: AuthUser, query: ListCohortsQuery): Promise<ListResponse<CohortResponse>> {
    const rows = await this.cohorts.list({
      scope: query.scope ?? 'all',
      callerId: caller.id,
      admin: isAdmin(caller),
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toCohortResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async get(caller: AuthUser, id: string): Promise<CohortDetailResponse> {
    const row = await this.findRow(id);
    if (!(await this.canSee(caller, row))) throw cohortErrors.notFound();
    const [modules, releases, workshops, summary] = await Promise.all([
      this.courses.versionModules(row.course_version_id),
      this.cohorts.releases(id),
      this.cohorts.workshops(id),
      this.cohorts.versionSummary(row.course_version_id),
    ]);
    const releaseOf = new Map(releases.map((r) => [r.module_id, r.releases_on]));
    const workshopOf = new Map(workshops.map((w) => [w.activity_id, w]));
    return {
      ...toCohortResponse(row),
      // The cohort's version exists: COHORT_SELECT joins it.
      courseSummary: summary ?? '',
      modules: modules.map((m) => ({
        ...m,
        releasesOn: releaseOf.get(m.id) ?? null,
        // This cohort's own workshop times and places stand in for the course version's defaults.
        // The place: the workshop's own in this cohort, else the cohort's, else the course's.
        activities: m.activities.map((a) => {
          if (a.kind !== 'workshop') return a;
          const own = workshopOf.get(a.id);
          return {
            ...a,
            startsAt: own ? own.starts_at.toISOString() : a.startsAt,
            location: own?.location ?? row.place ?? a.location,
          };
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
    return this.cohorts.visibleThroughEnrolment(row.id, caller.id);
  }

  async findRow(id: string): Promise<CohortRow> {
    const row = await this.cohorts.find(id);
    if (!row) throw cohortErrors.notFound();
    return row;
  }

  isTrainer(cohortId: string, userId: string): Promise<boolean> {
    return this.cohorts.isTrainer(cohortId, userId);
  }

  /** Locks the cohort row for the rest of the enrolment's transaction: seats change only under this lock. */
  async lockSeats(tx: EntityManager, cohortId: string): Promise<CohortSeats> {
    const row = await this.cohorts.lockSeats(tx, cohortId);
    if (!row) throw cohortErrors.notFound();
    return { approvalRequired: row.approval_required, hasSeat: row.has_seat, enrollmentOpen: row.open };
  }

  /** An enrolment became active; the caller holds the cohort row locked (`lockSeats`). */
  async takeSeat(tx: EntityManager, cohortId: string): Promise<void> {
    await this.cohorts.addSeatsTaken(tx, cohortId, 1);
  }

  /** Seeding contract (demo data): the seats of enrolments seeded directly (EnrollmentsService.seedEnrollments). */
  async seedSeatsTaken(tx: EntityManager, cohortId: string, seats: number): Promise<void> {
    await this.cohorts.addSeatsTaken(tx, cohortId, seats);
  }

  /** An active enrolment left; its seat goes to the waitlist. Returns the promoted enrolments. */
  async releaseSeat(tx: EntityManager, actorId: string, cohortId: string): Promise<PromotedEnrollment[]> {
    await this.cohorts.addSeatsTaken(tx, cohortId, -1);
    return this.fillFromWaitlist(tx, actorId, cohortId);
  }

  /** Fills free seats from the waitlist inside the caller's transaction, which holds the cohort row locked. */
  private async fillFromWaitlist(
    tx: EntityManager,
    actorId: string | null,
    cohortId: string,
  ): Promise<PromotedEnrollment[]> {
    const free = await this.cohorts.freeSeats(tx, cohortId);
    const promoted = await this.waitlist.promote(tx, actorId, cohortId, free);
    if (promoted.length > 0) await this.cohorts.addSeatsTaken(tx, cohortId, promoted.length);
    return promoted;
  }

  private async setTrainers(tx: EntityManager, cohortId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const added = await this.cohorts.insertTrainers(tx, cohortId, userIds);
    if (added !== userIds.length) throw cohortErrors.notATrainer();
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
      throw cohortErrors.workshopTwice();
    }
    // A cohort meets between its own start and end (Finnish days), as the web form also says.
    const outside = await this.cohorts.countOutsideCohort(
      tx,
      cohortId,
      workshops.map((w) => w.startsAt),
    );
    if (outside > 0) throw cohortErrors.workshopOutsideCohort();
    const added = await this.cohorts.insertWorkshops(
      tx,
      cohortId,
      versionId,
      workshops.map((w) => ({
        activityId: w.activityId,
        startsAt: w.startsAt,
        location: w.location?.trim() || null,
      })),
    );
    if (added !== workshops.length) throw cohortErrors.unknownWorkshop();
  }

  private async setReleases(
    tx: EntityManager,
    cohortId: string,
    versionId: string,
    releases: ModuleReleaseDto[],
  ): Promise<void> {
    if (releases.length === 0) return;
    if (new Set(releases.map((r) => r.moduleId)).size !== releases.length) {
      throw cohortErrors.moduleTwice();
    }
    const added = await this.cohorts.insertReleases(tx, cohortId, versionId, releases);
    if (added !== releases.length) throw cohortErrors.unknownModule();
  }
}

function requireDateOrder(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw cohortErrors.endsBeforeStart();
}
