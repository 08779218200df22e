import { Injectable } from '@nestjs/common';
import type { CourseDetailResponse, CourseResponse, ListResponse } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { CourseAccessPolicy } from './course-access.policy';
import { toCourseResponse } from './course.mapper';
import { CoursePublishingService } from './course-publishing.service';
import { CourseStructureService } from './course-structure.service';
import { courseErrors } from './courses.errors';
import { CreateCourseDto, UpdateCourseDto } from './dto/create-course.dto';
import { ListCoursesQuery } from './dto/list-courses.query';
import { CoursesRepository } from './repositories/courses.repository';

/** A course's details and trainers: creating and editing the draft, and reading a course as the caller may see it. */
@Injectable()
export class CourseDraftsService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly access: CourseAccessPolicy,
    private readonly structure: CourseStructureService,
    private readonly publishing: CoursePublishingService,
  ) {}

  async create(caller: AuthUser, input: CreateCourseDto): Promise<CourseDetailResponse> {
    // An empty list chooses nobody, so trainers may send one.
    if (input.trainerIds?.length) this.access.requireTrainerChooser(caller);
    const id = await this.courses.transaction(async (tx) => {
      const courseId = await this.courses.insert(tx, {
        title: input.title.trim(),
        summary: input.summary,
        language: input.language,
        createdBy: caller.id,
      });
      // The trainer who creates a course edits it.
      const trainers = new Set(input.trainerIds ?? []);
      if (caller.roles.includes('trainer')) trainers.add(caller.id);
      await this.addTrainers(tx, courseId, [...trainers]);
      return courseId;
    });
    return this.get(caller, id);
  }

  async update(caller: AuthUser, id: string, input: UpdateCourseDto): Promise<CourseDetailResponse> {
    await this.access.requireEditor(caller, id);
    // On an edit even an empty list chooses: it removes every trainer.
    if (input.trainerIds) this.access.requireTrainerChooser(caller);
    const trainerIds = input.trainerIds;
    await this.courses.transaction(async (tx) => {
      await this.courses.update(tx, id, {
        title: input.title?.trim() ?? null,
        summary: input.summary ?? null,
        language: input.language ?? null,
      });
      if (trainerIds) {
        await this.courses.removeTrainers(tx, id);
        await this.addTrainers(tx, id, trainerIds);
      }
    });
    return this.get(caller, id);
  }

  /**
   * Admins see every course, trainers also the drafts they edit, everyone else published courses only.
   * `scope=mine` keeps the courses the caller edits (for admins: every course), most recently changed first.
   */
  async list(caller: AuthUser, query: ListCoursesQuery): Promise<ListResponse<CourseResponse>> {
    const rows = await this.courses.list({
      admin: isAdmin(caller),
      callerId: caller.id,
      mine: query.scope === 'mine',
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toCourseResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Editors get the draft; everyone else the latest published version, and 404 before the first. */
  async get(caller: AuthUser, id: string): Promise<CourseDetailResponse> {
    const course = await this.access.find(id);
    if (this.access.canEdit(caller, course)) {
      return { ...toCourseResponse(course), modules: await this.structure.draftModules(id) };
    }
    if (course.latest_version === null) throw courseErrors.notFound();
    return {
      ...toCourseResponse(course),
      modules: await this.publishing.publishedModules(id, course.latest_version),
    };
  }

  /** Every id must be a user with the trainer role; otherwise nothing is written. */
  private async addTrainers(tx: EntityManager, courseId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const added = await this.courses.addTrainers(tx, courseId, userIds);
    if (added !== userIds.length) throw courseErrors.notATrainer();
  }
}
