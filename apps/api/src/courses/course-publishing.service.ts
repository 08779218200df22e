import { Injectable } from '@nestjs/common';
import type {
  CourseVersionDetailResponse,
  CourseVersionListItem,
  CourseVersionResponse,
  ModuleResponse,
} from '@keino/contracts';

import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../common/auth/auth.decorators';
import type { Db } from '../common/database/sql';
import { CourseAccessPolicy } from './course-access.policy';
import { toModuleResponses } from './course.mapper';
import { courseErrors } from './courses.errors';
import { CourseVersionsRepository, type LatestVersionRow } from './repositories/course-versions.repository';
import { CoursesRepository } from './repositories/courses.repository';

/** Publication: freezing the draft into numbered versions, and reading what a version froze. */
@Injectable()
export class CoursePublishingService {
  constructor(
    private readonly courses: CoursesRepository,
    private readonly versions: CourseVersionsRepository,
    private readonly access: CourseAccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Freezes the draft into the next numbered version; module and activity IDs carry over. */
  async publish(caller: AuthUser, courseId: string): Promise<CourseVersionResponse> {
    await this.access.requireEditor(caller, courseId);
    return this.courses.transaction(async (tx) => {
      const course = await this.versions.lockCourse(tx, courseId);
      if (!course) throw courseErrors.notFound();
      const required = await this.versions.countRequired(tx, courseId);
      if (required === 0) throw courseErrors.noRequiredActivity();
      const version = (course.latest_version ?? 0) + 1;
      const saved = await this.versions.insert(tx, {
        courseId,
        version,
        title: course.title,
        summary: course.summary,
        language: course.language,
        totalRequired: required,
        publishedBy: caller.id,
      });
      await this.versions.freezeOutline(tx, saved.id, courseId);
      await this.versions.setLatest(tx, courseId, version);
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'course.published',
          subjectType: 'course',
          subjectId: courseId,
          details: { version },
        },
      ]);
      return { version, publishedAt: saved.published_at.toISOString() };
    });
  }

  async versionList(caller: AuthUser, courseId: string): Promise<CourseVersionListItem[]> {
    await this.access.requireEditor(caller, courseId);
    const rows = await this.versions.list(courseId);
    return rows.map((row) => ({
      version: row.version,
      publishedAt: row.published_at.toISOString(),
      publishedBy: row.published_by,
    }));
  }

  /** One version with what it froze: admins open a cohort on it and choose its module release dates. */
  async version(caller: AuthUser, courseId: string, version: number): Promise<CourseVersionDetailResponse> {
    await this.access.requireEditor(caller, courseId);
    const row = await this.versions.find(courseId, version);
    if (!row) throw courseErrors.versionNotFound();
    return {
      courseId,
      version: row.version,
      publishedAt: row.published_at.toISOString(),
      modules: await this.versionModules(row.id),
    };
  }

  /** What the given published version of a course froze (what its participants see). */
  async publishedModules(courseId: string, version: number): Promise<ModuleResponse[]> {
    const row = await this.versions.find(courseId, version);
    if (!row) throw courseErrors.notFound();
    return this.versionModules(row.id);
  }

  /** The modules and activities a version froze, in order. */
  async versionModules(versionId: string, db?: Db): Promise<ModuleResponse[]> {
    const modules = await this.versions.modules(versionId, db);
    return toModuleResponses(modules, await this.versions.activities(versionId, db));
  }

  /** The latest published version of a course, or null before the first publication. */
  async latestVersion(courseId: string): Promise<LatestVersionRow | null> {
    return (await this.versions.latest(courseId)) ?? null;
  }
}
