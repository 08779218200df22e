import { Injectable } from '@nestjs/common';
import type { ActivityResponse, ModuleResponse } from '@keino/contracts';

import { AuthUser } from '../common/auth/auth.decorators';
import { CourseAccessPolicy } from './course-access.policy';
import { toActivityResponse, toModuleResponses } from './course.mapper';
import { courseErrors } from './courses.errors';
import { CreateActivityDto, UpdateActivityDto } from './dto/activity.dto';
import { CreateModuleDto, UpdateModuleDto } from './dto/module.dto';
import { type ActivityPlaceRow, CourseStructureRepository } from './repositories/course-structure.repository';
import { CoursesRepository } from './repositories/courses.repository';
import { sanitizeRichText } from './rich-text';

/**
 * The draft's outline: its modules and their activities, inserted at a place, edited, reordered and deleted.
 * Every change marks the course as changed.
 */
@Injectable()
export class CourseStructureService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly structure: CourseStructureRepository,
    private readonly access: CourseAccessPolicy,
  ) {}

  /** The draft's modules in order, each with its activities in order. */
  async draftModules(courseId: string): Promise<ModuleResponse[]> {
    const modules = await this.structure.modules(courseId);
    return toModuleResponses(modules, await this.structure.activities(courseId));
  }

  async addModule(caller: AuthUser, courseId: string, input: CreateModuleDto): Promise<ModuleResponse> {
    await this.access.requireEditor(caller, courseId);
    const id = await this.courses.transaction(async (tx) => {
      const moduleId = await this.structure.insertModule(tx, courseId, {
        title: input.title.trim(),
        summary: input.summary ?? '',
        position: input.position,
      });
      await this.courses.touch(courseId, tx);
      return moduleId;
    });
    return this.module(id);
  }

  async updateModule(caller: AuthUser, moduleId: string, input: UpdateModuleDto): Promise<ModuleResponse> {
    const courseId = await this.courseOfModule(moduleId);
    await this.access.requireEditor(caller, courseId);
    await this.structure.updateModule(moduleId, {
      title: input.title?.trim() ?? null,
      summary: input.summary ?? null,
    });
    await this.courses.touch(courseId);
    return this.module(moduleId);
  }

  /** Removes the module from the draft; published versions keep their copy. */
  async deleteModule(caller: AuthUser, moduleId: string): Promise<void> {
    const courseId = await this.courseOfModule(moduleId);
    await this.access.requireEditor(caller, courseId);
    await this.courses.transaction(async (tx) => {
      // Already gone (deleted at the same moment) is fine: the module is not in the draft either way.
      await this.structure.deleteModule(tx, courseId, moduleId);
      await this.courses.touch(courseId, tx);
    });
  }

  async reorderModules(caller: AuthUser, courseId: string, ids: string[]): Promise<ModuleResponse[]> {
    await this.access.requireEditor(caller, courseId);
    await this.courses.transaction(async (tx) => {
      if (!(await this.structure.reorderModules(tx, courseId, ids))) throw courseErrors.reorderMismatch();
      await this.courses.touch(courseId, tx);
    });
    return this.draftModules(courseId);
  }

  async addActivity(caller: AuthUser, moduleId: string, input: CreateActivityDto): Promise<ActivityResponse> {
    const courseId = await this.courseOfModule(moduleId);
    await this.access.requireEditor(caller, courseId);
    const id = await this.courses.transaction(async (tx) => {
      const activityId = await this.structure.insertActivity(tx, moduleId, {
        kind: input.kind,
        title: input.title.trim(),
        required: input.required,
        content: sanitizeRichText(input.content ?? ''),
        url: input.url ?? null,
        startsAt: input.startsAt ?? null,
        location: input.location ?? null,
        position: input.position,
      });
      await this.courses.touch(courseId, tx);
      return activityId;
    });
    return this.activity(id);
  }

  /** A field left out stays as it is; null clears url, startsAt and location. */
  async updateActivity(
    caller: AuthUser,
    activityId: string,
    input: UpdateActivityDto,
  ): Promise<ActivityResponse> {
    const { course_id: courseId } = await this.placeOfActivity(activityId);
    await this.access.requireEditor(caller, courseId);
    await this.structure.updateActivity(activityId, {
      title: input.title?.trim(),
      required: input.required,
      content: input.content === undefined ? undefined : sanitizeRichText(input.content),
      url: input.url,
      startsAt: input.startsAt,
      location: input.location,
    });
    await this.courses.touch(courseId);
    return this.activity(activityId);
  }

  async deleteActivity(caller: AuthUser, activityId: string): Promise<void> {
    const { course_id: courseId, module_id: moduleId } = await this.placeOfActivity(activityId);
    await this.access.requireEditor(caller, courseId);
    await this.courses.transaction(async (tx) => {
      // Already gone (deleted at the same moment) is fine: the activity is not in the draft either way.
      await this.structure.deleteActivity(tx, moduleId, activityId);
      await this.courses.touch(courseId, tx);
    });
  }

  async reorderActivities(caller: AuthUser, moduleId: string, ids: string[]): Promise<ModuleResponse> {
    const courseId = await this.courseOfModule(moduleId);
    await this.access.requireEditor(caller, courseId);
    await this.courses.transaction(async (tx) => {
      if (!(await this.structure.reorderActivities(tx, moduleId, ids))) throw courseErrors.reorderMismatch();
      await this.courses.touch(courseId, tx);
    });
    return this.module(moduleId);
  }

  private async courseOfModule(moduleId: string): Promise<string> {
    const courseId = await this.structure.courseOfModule(moduleId);
    if (!courseId) throw courseErrors.moduleNotFound();
    return courseId;
  }

  private async placeOfActivity(activityId: string): Promise<ActivityPlaceRow> {
    const place = await this.structure.placeOfActivity(activityId);
    if (!place) throw courseErrors.activityNotFound();
    return place;
  }

  private async module(moduleId: string): Promise<ModuleResponse> {
    const module = await this.structure.findModule(moduleId);
    if (!module) throw courseErrors.moduleNotFound();
    return toModuleResponses([module], await this.structure.activitiesOfModule(moduleId))[0];
  }

  private async activity(activityId: string): Promise<ActivityResponse> {
    const row = await this.structure.findActivity(activityId);
    if (!row) throw courseErrors.activityNotFound();
    return toActivityResponse(row);
  }
}
