import { Injectable } from '@nestjs/common';
import type { CourseVersionResponse, ModuleResponse } from '@keino/contracts';

import { AuthUser } from '../common/auth/auth.decorators';
import type { Db } from '../common/database/sql';
import { CoursePublishingService } from './course-publishing.service';
import { CourseStructureRepository, NewActivity } from './repositories/course-structure.repository';
import { CoursesRepository, NewCourse } from './repositories/courses.repository';

/** A course's published version as other modules refer to it. */
export interface CourseVersionRef {
  id: string;
  version: number;
}

/** A whole draft as demo data seeds it: the course, its trainers, its modules and their activities in order. */
export interface SeededCourseDraft extends NewCourse {
  trainerIds: string[];
  modules: { title: string; summary: string; activities: NewActivity[] }[];
}

/**
 * What other modules (cohorts, demo data) may ask of courses; the module exports this service only. The use cases
 * live in CourseDraftsService, CourseStructureService and CoursePublishingService.
 */
@Injectable()
export class CoursesService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly publishing: CoursePublishingService,
    private readonly structure: CourseStructureRepository,
  ) {}

  exists(courseId: string): Promise<boolean> {
    return this.courses.exists(courseId);
  }

  /** The latest published version of a course, or null before the first publication. */
  latestVersion(courseId: string): Promise<CourseVersionRef | null> {
    return this.publishing.latestVersion(courseId);
  }

  /** The modules and activities a version froze, in order; in the caller's transaction when given one. */
  versionModules(versionId: string, db?: Db): Promise<ModuleResponse[]> {
    return this.publishing.versionModules(versionId, db);
  }

  /** Freezes the draft into the next numbered version, as the caller (who must edit the course). */
  publish(caller: AuthUser, courseId: string): Promise<CourseVersionResponse> {
    return this.publishing.publish(caller, courseId);
  }

  /**
   * Seeding contract (demo data): a draft with its outline in one transaction, written as given (no rich-text
   * cleaning: the content is the product's own). Answers the course's id.
   */
  seedDraft(draft: SeededCourseDraft): Promise<string> {
    return this.courses.transaction(async (tx) => {
      const courseId = await this.courses.insert(tx, draft);
      await this.courses.addTrainers(tx, courseId, draft.trainerIds);
      for (const [position, module] of draft.modules.entries()) {
        const moduleId = await this.structure.insertModule(tx, courseId, { ...module, position });
        for (const [place, activity] of module.activities.entries()) {
          await this.structure.insertActivity(tx, moduleId, { ...activity, position: place });
        }
      }
      return courseId;
    });
  }
}
