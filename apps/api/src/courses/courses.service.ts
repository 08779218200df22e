import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ActivityResponse,
  CourseDetailResponse,
  CourseResponse,
  CourseVersionDetailResponse,
  CourseVersionListItem,
  CourseVersionResponse,
  ListResponse,
  ModuleResponse,
} from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import {
  ActivityRow,
  CourseRow,
  ModuleRow,
  toActivityResponse,
  toCourseResponse,
  toModuleResponses,
} from './course.mapper';
import { CreateActivityDto, UpdateActivityDto } from './dto/activity.dto';
import { CreateCourseDto, UpdateCourseDto } from './dto/create-course.dto';
import { ListCoursesQuery } from './dto/list-courses.query';
import { CreateModuleDto, UpdateModuleDto } from './dto/module.dto';
import { sanitizeRichText } from './rich-text';

const COURSE_SELECT = `
  SELECT c.*, coalesce(array(SELECT ct.user_id FROM course_trainers ct WHERE ct.course_id = c.id ORDER BY ct.user_id), '{}') AS trainer_ids
  FROM courses c`;

/** The draft of a course (modules, activities) and its publication into frozen versions. */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(caller: AuthUser, input: CreateCourseDto): Promise<CourseDetailResponse> {
    if (input.trainerIds?.length && !isAdmin(caller)) {
      throw new AppError('FORBIDDEN', 'Only admins choose a course’s trainers');
    }
    const id = await this.db.transaction(async (tx) => {
      const [course] = await tx.query(
        `INSERT INTO courses (title, summary, language, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [input.title.trim(), input.summary, input.language, caller.id],
      );
      const trainers = new Set(input.trainerIds ?? []);
      if (caller.roles.includes('trainer')) trainers.add(caller.id);
      await this.setTrainers(tx, course.id, [...trainers]);
      return course.id as string;
    });
    return this.get(caller, id);
  }

  async update(caller: AuthUser, id: string, input: UpdateCourseDto): Promise<CourseDetailResponse> {
    await this.requireEditor(caller, id);
    if (input.trainerIds && !isAdmin(caller)) {
      throw new AppError('FORBIDDEN', 'Only admins choose a course’s trainers');
    }
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE courses SET title = coalesce($2, title), summary = coalesce($3, summary),
           language = coalesce($4, language), updated_at = now() WHERE id = $1`,
        [id, input.title?.trim() ?? null, input.summary ?? null, input.language ?? null],
      );
      if (input.trainerIds) {
        await tx.query(`DELETE FROM course_trainers WHERE course_id = $1`, [id]);
        await this.setTrainers(tx, id, input.trainerIds);
      }
    });
    return this.get(caller, id);
  }

  private async setTrainers(tx: EntityManager, courseId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    const rows = await tx.query(
      `INSERT INTO course_trainers (course_id, user_id)
       SELECT $1, u.id FROM users u WHERE u.id = ANY($2::uuid[]) AND 'trainer' = ANY(u.roles)
       RETURNING user_id`,
      [courseId, userIds],
    );
    if (rows.length !== userIds.length) {
      throw new AppError('NOT_A_TRAINER', 'Every trainerIds entry must be a user with the trainer role');
    }
  }

  /**
   * Admins see every course, trainers also the drafts they edit, everyone else published courses only.
   * `scope=mine` keeps the courses the caller edits (for admins: every course), most recently changed first.
   */
  async list(caller: AuthUser, query: ListCoursesQuery): Promise<ListResponse<CourseResponse>> {
    const mine = query.scope === 'mine';
    const rows: (CourseRow & { total: string })[] = await this.db.query(
      `${COURSE_SELECT.replace('SELECT c.*', 'SELECT c.*, count(*) OVER () AS total')}
       WHERE $1 OR (NOT $5 AND c.latest_version IS NOT NULL)
          OR EXISTS (SELECT 1 FROM course_trainers ct WHERE ct.course_id = c.id AND ct.user_id = $2)
       ORDER BY CASE WHEN $5 THEN c.updated_at END DESC, c.title, c.id LIMIT $3 OFFSET $4`,
      [isAdmin(caller), caller.id, query.limit, query.offset, mine],
    );
    return { items: rows.map(toCourseResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Editors get the draft; everyone else the latest published version, and 404 before the first. */
  async get(caller: AuthUser, id: string): Promise<CourseDetailResponse> {
    const course = await this.findCourse(id);
    if (this.canEdit(caller, course)) {
      const modules: ModuleRow[] = await this.db.query(
        `SELECT id, title, summary, position FROM course_modules WHERE course_id = $1 ORDER BY position, id`,
        [id],
      );
      const activities: ActivityRow[] = await this.db.query(
        `SELECT a.* FROM activities a JOIN course_modules m ON m.id = a.module_id
         WHERE m.course_id = $1 ORDER BY a.position, a.id`,
        [id],
      );
      return { ...toCourseResponse(course), modules: toModuleResponses(modules, activities) };
    }
    if (course.latest_version === null) throw new AppError('NOT_FOUND', 'Course not found');
    const [version] = await this.db.query(
      `SELECT id FROM course_versions WHERE course_id = $1 AND version = $2`,
      [id, course.latest_version],
    );
    return { ...toCourseResponse(course), modules: await this.versionModules(version.id) };
  }

  /** The modules and activities a version froze, in order. */
  async versionModules(
    versionId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ModuleResponse[]> {
    const modules: ModuleRow[] = await manager.query(
      `SELECT module_id AS id, title, summary, position FROM version_modules WHERE version_id = $1 ORDER BY position`,
      [versionId],
    );
    const activities: ActivityRow[] = await manager.query(
      `SELECT activity_id AS id, module_id, kind, title, required, content, url, starts_at, location, position
       FROM version_activities WHERE version_id = $1 ORDER BY ordinal`,
      [versionId],
    );
    return toModuleResponses(modules, activities);
  }

  async versions(caller: AuthUser, courseId: string): Promise<CourseVersionListItem[]> {
    await this.requireEditor(caller, courseId);
    const rows: { version: number; published_at: Date; published_by: string | null }[] = await this.db.query(
      `SELECT v.version, v.published_at, NULLIF(u.full_name, '') AS published_by
       FROM course_versions v LEFT JOIN users u ON u.id = v.published_by
       WHERE v.course_id = $1 ORDER BY v.version DESC`,
      [courseId],
    );
    return rows.map((r) => ({
      version: r.version,
      publishedAt: r.published_at.toISOString(),
      publishedBy: r.published_by,
    }));
  }

  /** One version with what it froze: admins open a cohort on it and choose its module release dates. */
  async version(caller: AuthUser, courseId: string, version: number): Promise<CourseVersionDetailResponse> {
    await this.requireEditor(caller, courseId);
    const [row]: { id: string; version: number; published_at: Date }[] = await this.db.query(
      `SELECT id, version, published_at FROM course_versions WHERE course_id = $1 AND version = $2`,
      [courseId, version],
    );
    if (!row) throw new AppError('NOT_FOUND', 'Course version not found');
    return {
      courseId,
      version: row.version,
      publishedAt: row.published_at.toISOString(),
      modules: await this.versionModules(row.id),
    };
  }

  async addModule(caller: AuthUser, courseId: string, input: CreateModuleDto): Promise<ModuleResponse> {
    await this.requireEditor(caller, courseId);
    const id = await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM course_modules WHERE course_id = $1`, [
        courseId,
      ]);
      const position = Math.min(input.position ?? n, n);
      await tx.query(
        `UPDATE course_modules SET position = position + 1 WHERE course_id = $1 AND position >= $2`,
        [courseId, position],
      );
      const [row] = await tx.query(
        `INSERT INTO course_modules (course_id, title, summary, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [courseId, input.title.trim(), input.summary ?? '', position],
      );
      await this.touch(tx, courseId);
      return row.id as string;
    });
    return this.getModule(id);
  }

  async updateModule(caller: AuthUser, moduleId: string, input: UpdateModuleDto): Promise<ModuleResponse> {
    const courseId = await this.courseOfModule(moduleId);
    await this.requireEditor(caller, courseId);
    await this.db.query(
      `UPDATE course_modules SET title = coalesce($2, title), summary = coalesce($3, summary) WHERE id = $1`,
      [moduleId, input.title?.trim() ?? null, input.summary ?? null],
    );
    await this.touch(this.db.manager, courseId);
    return this.getModule(moduleId);
  }

  /** Removes the module from the draft; published versions keep their copy. */
  async deleteModule(caller: AuthUser, moduleId: string): Promise<void> {
    const courseId = await this.courseOfModule(moduleId);
    await this.requireEditor(caller, courseId);
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
      const [[row]] = await tx.query(`DELETE FROM course_modules WHERE id = $1 RETURNING position`, [
        moduleId,
      ]);
      if (row) {
        await tx.query(
          `UPDATE course_modules SET position = position - 1 WHERE course_id = $1 AND position > $2`,
          [courseId, row.position],
        );
      }
      await this.touch(tx, courseId);
    });
  }

  async reorderModules(caller: AuthUser, courseId: string, ids: string[]): Promise<ModuleResponse[]> {
    await this.requireEditor(caller, courseId);
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
      const current: { id: string }[] = await tx.query(`SELECT id FROM course_modules WHERE course_id = $1`, [
        courseId,
      ]);
      requireSameSet(
        current.map((r) => r.id),
        ids,
      );
      await tx.query(
        `UPDATE course_modules m SET position = o.ord - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE m.id = o.id`,
        [ids],
      );
      await this.touch(tx, courseId);
    });
    return (await this.get(caller, courseId)).modules;
  }

  async addActivity(caller: AuthUser, moduleId: string, input: CreateActivityDto): Promise<ActivityResponse> {
    const courseId = await this.courseOfModule(moduleId);
    await this.requireEditor(caller, courseId);
    const id = await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM course_modules WHERE id = $1 FOR UPDATE`, [moduleId]);
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM activities WHERE module_id = $1`, [
        moduleId,
      ]);
      const position = Math.min(input.position ?? n, n);
      await tx.query(
        `UPDATE activities SET position = position + 1 WHERE module_id = $1 AND position >= $2`,
        [moduleId, position],
      );
      const [row] = await tx.query(
        `INSERT INTO activities (module_id, kind, title, required, content, url, starts_at, location, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          moduleId,
          input.kind,
          input.title.trim(),
          input.required,
          sanitizeRichText(input.content ?? ''),
          input.url ?? null,
          input.startsAt ?? null,
          input.location ?? null,
          position,
        ],
      );
      await this.touch(tx, courseId);
      return row.id as string;
    });
    return this.getActivity(id);
  }

  async updateActivity(
    caller: AuthUser,
    activityId: string,
    input: UpdateActivityDto,
  ): Promise<ActivityResponse> {
    const courseId = await this.courseOfActivity(activityId);
    await this.requireEditor(caller, courseId);
    // Left out: unchanged; null: cleared (url, startsAt, location).
    await this.db.query(
      `UPDATE activities SET title = coalesce($2, title), required = coalesce($3, required),
         content = coalesce($4, content),
         url = CASE WHEN $8 THEN $5 ELSE url END,
         starts_at = CASE WHEN $9 THEN $6::timestamptz ELSE starts_at END,
         location = CASE WHEN $10 THEN $7 ELSE location END
       WHERE id = $1`,
      [
        activityId,
        input.title?.trim() ?? null,
        input.required ?? null,
        input.content === undefined ? null : sanitizeRichText(input.content),
        input.url ?? null,
        input.startsAt ?? null,
        input.location ?? null,
        input.url !== undefined,
        input.startsAt !== undefined,
        input.location !== undefined,
      ],
    );
    await this.touch(this.db.manager, courseId);
    return this.getActivity(activityId);
  }

  async deleteActivity(caller: AuthUser, activityId: string): Promise<void> {
    const courseId = await this.courseOfActivity(activityId);
    await this.requireEditor(caller, courseId);
    await this.db.transaction(async (tx) => {
      const [[row]] = await tx.query(`DELETE FROM activities WHERE id = $1 RETURNING module_id, position`, [
        activityId,
      ]);
      if (row) {
        await tx.query(
          `UPDATE activities SET position = position - 1 WHERE module_id = $1 AND position > $2`,
          [row.module_id, row.position],
        );
      }
      await this.touch(tx, courseId);
    });
  }

  async reorderActivities(caller: AuthUser, moduleId: string, ids: string[]): Promise<ModuleResponse> {
    const courseId = await this.courseOfModule(moduleId);
    await this.requireEditor(caller, courseId);
    await this.db.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM course_modules WHERE id = $1 FOR UPDATE`, [moduleId]);
      const current: { id: string }[] = await tx.query(`SELECT id FROM activities WHERE module_id = $1`, [
        moduleId,
      ]);
      requireSameSet(
        current.map((r) => r.id),
        ids,
      );
      await tx.query(
        `UPDATE activities a SET position = o.ord - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE a.id = o.id`,
        [ids],
      );
      await this.touch(tx, courseId);
    });
    return this.getModule(moduleId);
  }

  /** Freezes the draft into the next numbered version; module and activity IDs carry over. */
  async publish(caller: AuthUser, courseId: string): Promise<CourseVersionResponse> {
    await this.requireEditor(caller, courseId);
    return this.db.transaction(async (tx) => {
      const [course] = await tx.query(`SELECT * FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
      const [{ required }] = await tx.query(
        `SELECT count(*)::int AS required FROM activities a JOIN course_modules m ON m.id = a.module_id
         WHERE m.course_id = $1 AND a.required`,
        [courseId],
      );
      if (required === 0) {
        throw new AppError(
          'NO_REQUIRED_ACTIVITY',
          'A course needs at least one required activity to publish',
        );
      }
      const version = (course.latest_version ?? 0) + 1;
      const [saved] = await tx.query(
        `INSERT INTO course_versions (course_id, version, title, summary, language, total_required, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, published_at`,
        [courseId, version, course.title, course.summary, course.language, required, caller.id],
      );
      await tx.query(
        `INSERT INTO version_modules (version_id, module_id, title, summary, position, total_required)
         SELECT $1, m.id, m.title, m.summary, row_number() OVER (ORDER BY m.position, m.id) - 1,
                (SELECT count(*) FROM activities a WHERE a.module_id = m.id AND a.required)
         FROM course_modules m WHERE m.course_id = $2`,
        [saved.id, courseId],
      );
      await tx.query(
        `INSERT INTO version_activities
           (version_id, activity_id, module_id, kind, title, required, content, url, starts_at, location, position,
            module_position, ordinal)
         SELECT $1, a.id, a.module_id, a.kind, a.title, a.required, a.content, a.url, a.starts_at, a.location,
                row_number() OVER (PARTITION BY a.module_id ORDER BY a.position, a.id) - 1,
                dense_rank() OVER (ORDER BY m.position, m.id) - 1,
                row_number() OVER (ORDER BY m.position, m.id, a.position, a.id) - 1
         FROM activities a JOIN course_modules m ON m.id = a.module_id WHERE m.course_id = $2`,
        [saved.id, courseId],
      );
      await tx.query(`UPDATE courses SET latest_version = $2 WHERE id = $1`, [courseId, version]);
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'course.published',
          subjectType: 'course',
          subjectId: courseId,
          details: { version },
        },
      ]);
      return { version, publishedAt: (saved.published_at as Date).toISOString() };
    });
  }

  /** The latest published version of a course, or null before the first publication. */
  async latestVersion(courseId: string): Promise<{ id: string; version: number } | null> {
    const [row] = await this.db.query(
      `SELECT v.id, v.version FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.latest_version
       WHERE c.id = $1`,
      [courseId],
    );
    return row ?? null;
  }

  async exists(courseId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM courses WHERE id = $1`, [courseId]);
    return !!row;
  }

  private async findCourse(id: string): Promise<CourseRow> {
    const [course] = await this.db.query(`${COURSE_SELECT} WHERE c.id = $1`, [id]);
    if (!course) throw new AppError('NOT_FOUND', 'Course not found');
    return course;
  }

  private canEdit(caller: AuthUser, course: CourseRow): boolean {
    return isAdmin(caller) || (caller.roles.includes('trainer') && course.trainer_ids.includes(caller.id));
  }

  /** 404 for a course the caller cannot see, 403 for one they see but may not edit. */
  private async requireEditor(caller: AuthUser, courseId: string): Promise<void> {
    const course = await this.findCourse(courseId);
    if (this.canEdit(caller, course)) return;
    if (course.latest_version === null) throw new AppError('NOT_FOUND', 'Course not found');
    throw new AppError('NOT_COURSE_TRAINER', 'Only the course’s trainers and admins edit it');
  }

  private async courseOfModule(moduleId: string): Promise<string> {
    const [row] = await this.db.query(`SELECT course_id FROM course_modules WHERE id = $1`, [moduleId]);
    if (!row) throw new AppError('NOT_FOUND', 'Module not found');
    return row.course_id;
  }

  private async courseOfActivity(activityId: string): Promise<string> {
    const [row] = await this.db.query(
      `SELECT m.course_id FROM activities a JOIN course_modules m ON m.id = a.module_id WHERE a.id = $1`,
      [activityId],
    );
    if (!row) throw new AppError('NOT_FOUND', 'Activity not found');
    return row.course_id;
  }

  private async getModule(id: string): Promise<ModuleResponse> {
    const modules: ModuleRow[] = await this.db.query(
      `SELECT id, title, summary, position FROM course_modules WHERE id = $1`,
      [id],
    );
    const activities: ActivityRow[] = await this.db.query(
      `SELECT * FROM activities WHERE module_id = $1 ORDER BY position, id`,
      [id],
    );
    return toModuleResponses(modules, activities)[0];
  }

  private async getActivity(id: string): Promise<ActivityResponse> {
    const [row] = await this.db.query(`SELECT * FROM activities WHERE id = $1`, [id]);
    return toActivityResponse(row);
  }

  private async touch(tx: EntityManager, courseId: string): Promise<void> {
    await tx.query(`UPDATE courses SET updated_at = now() WHERE id = $1`, [courseId]);
  }
}

function requireSameSet(current: string[], ids: string[]): void {
  const wanted = new Set(ids);
  if (current.length !== ids.length || !current.every((id) => wanted.has(id))) {
    throw new AppError('REORDER_MISMATCH', 'ids must list every item of the list exactly once');
  }
}
