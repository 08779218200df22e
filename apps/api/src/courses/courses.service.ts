import { Injectable } from '@nestjs/common';
import type { CourseVersionResponse, ModuleResponse } from '@keino/contracts';

import { AuthUser } from '../common/auth/auth.decorators';
import type { Db } from '../common/database/sql';
import { CoursePublishingService } from './course-publishing.service';
import { CoursesRepository } from './repositories/courses.repository';

/** A course's published version as other modules refer to it. */
export interface CourseVersionRef {
  id: string;
  version: number;
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
}
