import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityKind } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';
import type { ActivityRow, ModuleRow } from '../course.mapper';
import { activityList, moduleList } from './positioned-list';

export interface NewModule {
  title: string;
  summary: string;
  /** 0-based; the end when missing or past it. */
  position?: number;
}

/** null leaves the column as it is. */
export interface ModulePatch {
  title: string | null;
  summary: string | null;
}

export interface NewActivity {
  kind: ActivityKind;
  title: string;
  required: boolean;
  content: string;
  url: string | null;
  startsAt: string | null;
  location: string | null;
  /** 0-based; the end when missing or past it. */
  position?: number;
}

/** For each field: undefined leaves it as it is; for url, startsAt and location null clears it. */
export interface ActivityPatch {
  title?: string;
  required?: boolean;
  content?: string;
  url?: string | null;
  startsAt?: string | null;
  location?: string | null;
}

interface ItemIdRow {
  id: string;
}
interface ModulePlaceRow {
  course_id: string;
}
export interface ActivityPlaceRow {
  course_id: string;
  module_id: string;
}

/** The draft's outline: the course_modules and activities tables, each kept in order by a PositionedList. */
@Injectable()
export class CourseStructureRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The course a module belongs to, or undefined when there is no such module. */
  async courseOfModule(moduleId: string): Promise<string | undefined> {
    const row = await sql.one<ModulePlaceRow>(this.db, `SELECT course_id FROM course_modules WHERE id = $1`, [
      moduleId,
    ]);
    return row?.course_id;
  }

  /** The module and course an activity belongs to, or undefined when there is no such activity. */
  placeOfActivity(activityId: string): Promise<ActivityPlaceRow | undefined> {
    return sql.one<ActivityPlaceRow>(
      this.db,
      `SELECT m.course_id, a.module_id FROM activities a JOIN course_modules m ON m.id = a.module_id WHERE a.id = $1`,
      [activityId],
    );
  }

  insertModule(tx: EntityManager, courseId: string, module: NewModule): Promise<string> {
    return moduleList.insertAt(tx, courseId, module.position, async (position) => {
      const row = await sql.one<ItemIdRow>(
        tx,
        `INSERT INTO course_modules (course_id, title, summary, position) VALUES ($1, $2, $3, $4) RETURNING id`,
        [courseId, module.title, module.summary, position],
      );
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      return row.id;
    });
  }

  async updateModule(moduleId: string, patch: ModulePatch): Promise<void> {
    await sql.affected(
      this.db,
      `UPDATE course_modules SET title = coalesce($2, title), summary = coalesce($3, summary) WHERE id = $1`,
      [moduleId, patch.title, patch.summary],
    );
  }

  /** Its activities go with it (ON DELETE CASCADE); published versions keep their copies. */
  deleteModule(tx: EntityManager, courseId: string, moduleId: string): Promise<boolean> {
    return moduleList.remove(tx, courseId, moduleId);
  }

  reorderModules(tx: EntityManager, courseId: string, ids: string[]): Promise<boolean> {
    return moduleList.move(tx, courseId, ids);
  }

  insertActivity(tx: EntityManager, moduleId: string, activity: NewActivity): Promise<string> {
    return activityList.insertAt(tx, moduleId, activity.position, async (position) => {
      const row = await sql.one<ItemIdRow>(
        tx,
        `INSERT INTO activities (module_id, kind, title, required, content, url, starts_at, location, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          moduleId,
          activity.kind,
          activity.title,
          activity.required,
          activity.content,
          activity.url,
          activity.startsAt,
          activity.location,
          position,
        ],
      );
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      return row.id;
    });
  }

  async updateActivity(activityId: string, patch: ActivityPatch): Promise<void> {
    await sql.affected(
      this.db,
      `UPDATE activities SET title = coalesce($2, title), required = coalesce($3, required),
         content = coalesce($4, content),
         url = CASE WHEN $8 THEN $5 ELSE url END,
         starts_at = CASE WHEN $9 THEN $6::timestamptz ELSE starts_at END,
         location = CASE WHEN $10 THEN $7 ELSE location END
       WHERE id = $1`,
      [
        activityId,
        patch.title ?? null,
        patch.required ?? null,
        patch.content ?? null,
        patch.url ?? null,
        patch.startsAt ?? null,
        patch.location ?? null,
        patch.url !== undefined,
        patch.startsAt !== undefined,
        patch.location !== undefined,
      ],
    );
  }

  deleteActivity(tx: EntityManager, moduleId: string, activityId: string): Promise<boolean> {
    return activityList.remove(tx, moduleId, activityId);
  }

  reorderActivities(tx: EntityManager, moduleId: string, ids: string[]): Promise<boolean> {
    return activityList.move(tx, moduleId, ids);
  }

  /** The draft's modules in order. */
  modules(courseId: string): Promise<ModuleRow[]> {
    return sql.rows<ModuleRow>(
      this.db,
      `SELECT id, title, summary, position FROM course_modules WHERE course_id = $1 ORDER BY position, id`,
      [courseId],
    );
  }

  /** The draft's activities, in order within each module. */
  activities(courseId: string): Promise<ActivityRow[]> {
    return sql.rows<ActivityRow>(
      this.db,
      `SELECT a.id, a.module_id, a.kind, a.title, a.required, a.content, a.url, a.starts_at, a.location, a.position
       FROM activities a JOIN course_modules m ON m.id = a.module_id
       WHERE m.course_id = $1 ORDER BY a.position, a.id`,
      [courseId],
    );
  }

  findModule(moduleId: string): Promise<ModuleRow | undefined> {
    return sql.one<ModuleRow>(this.db, `SELECT id, title, summary, position FROM course_modules WHERE id = $1`, [
      moduleId,
    ]);
  }

  activitiesOfModule(moduleId: string): Promise<ActivityRow[]> {
    return sql.rows<ActivityRow>(
      this.db,
      `SELECT id, module_id, kind, title, required, content, url, starts_at, location, position
       FROM activities WHERE module_id = $1 ORDER BY position, id`,
      [moduleId],
    );
  }

  findActivity(activityId: string): Promise<ActivityRow | undefined> {
    return sql.one<ActivityRow>(
      this.db,
      `SELECT id, module_id, kind, title, required, content, url, starts_at, location, position
       FROM activities WHERE id = $1`,
      [activityId],
    );
  }
}
