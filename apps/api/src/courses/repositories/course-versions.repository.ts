import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { Db, sql } from '../../common/database/sql';
import type { ActivityRow, ModuleRow } from '../course.mapper';

export interface NewVersion {
  courseId: string;
  version: number;
  title: string;
  summary: string;
  language: Locale;
  totalRequired: number;
  publishedBy: string;
}

export interface PublishableCourseRow {
  title: string;
  summary: string;
  language: Locale;
  latest_version: number | null;
}
interface RequiredCountRow {
  required: number;
}
export interface SavedVersionRow {
  id: string;
  published_at: Date;
}
export interface VersionListRow {
  version: number;
  published_at: Date;
  published_by: string | null;
}
export interface VersionRow {
  id: string;
  version: number;
  published_at: Date;
}
export interface LatestVersionRow {
  id: string;
  version: number;
}

/** The published versions: course_versions with the outline each froze (version_modules, version_activities). */
@Injectable()
export class CourseVersionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Locks the course until the transaction ends, so two publications cannot take the same number. */
  lockCourse(tx: EntityManager, courseId: string): Promise<PublishableCourseRow | undefined> {
    return sql.one<PublishableCourseRow>(
      tx,
      `SELECT title, summary, language, latest_version FROM courses WHERE id = $1 FOR UPDATE`,
      [courseId],
    );
  }

  /** How many required activities the draft has. */
  async countRequired(tx: EntityManager, courseId: string): Promise<number> {
    const row = await sql.one<RequiredCountRow>(
      tx,
      `SELECT count(*)::int AS required FROM activities a JOIN course_modules m ON m.id = a.module_id
       WHERE m.course_id = $1 AND a.required`,
      [courseId],
    );
    return row?.required ?? 0;
  }

  async insert(tx: EntityManager, version: NewVersion): Promise<SavedVersionRow> {
    const row = await sql.one<SavedVersionRow>(
      tx,
      `INSERT INTO course_versions (course_id, version, title, summary, language, total_required, published_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, published_at`,
      [
        version.courseId,
        version.version,
        version.title,
        version.summary,
        version.language,
        version.totalRequired,
        version.publishedBy,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row;
  }

  /** Copies the draft's modules and activities into the version, numbering them 0, 1, … in the draft's order. */
  async freezeOutline(tx: EntityManager, versionId: string, courseId: string): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO version_modules (version_id, module_id, title, summary, position, total_required)
       SELECT $1, m.id, m.title, m.summary, row_number() OVER (ORDER BY m.position, m.id) - 1,
              (SELECT count(*) FROM activities a WHERE a.module_id = m.id AND a.required)
       FROM course_modules m WHERE m.course_id = $2`,
      [versionId, courseId],
    );
    await sql.affected(
      tx,
      `INSERT INTO version_activities
         (version_id, activity_id, module_id, kind, title, required, content, url, starts_at, location, position,
          module_position, ordinal)
       SELECT $1, a.id, a.module_id, a.kind, a.title, a.required, a.content, a.url, a.starts_at, a.location,
              row_number() OVER (PARTITION BY a.module_id ORDER BY a.position, a.id) - 1,
              dense_rank() OVER (ORDER BY m.position, m.id) - 1,
              row_number() OVER (ORDER BY m.position, m.id, a.position, a.id) - 1
       FROM activities a JOIN course_modules m ON m.id = a.module_id WHERE m.course_id = $2`,
      [versionId, courseId],
    );
  }

  async setLatest(tx: EntityManager, courseId: string, version: number): Promise<void> {
    await sql.affected(tx, `UPDATE courses SET latest_version = $2 WHERE id = $1`, [courseId, version]);
  }

  /** Newest first. Reads users (the accounts module's table, a listed read exception) for the publisher's name. */
  list(courseId: string): Promise<VersionListRow[]> {
    return sql.rows<VersionListRow>(
      this.db,
      `SELECT v.version, v.published_at, NULLIF(u.full_name, '') AS published_by
       FROM course_versions v LEFT JOIN users u ON u.id = v.published_by
       WHERE v.course_id = $1 ORDER BY v.version DESC`,
      [courseId],
    );
  }

  find(courseId: string, version: number): Promise<VersionRow | undefined> {
    return sql.one<VersionRow>(
      this.db,
      `SELECT id, version, published_at FROM course_versions WHERE course_id = $1 AND version = $2`,
      [courseId, version],
    );
  }

  latest(courseId: string): Promise<LatestVersionRow | undefined> {
    return sql.one<LatestVersionRow>(
      this.db,
      `SELECT v.id, v.version
       FROM courses c JOIN course_versions v ON v.course_id = c.id AND v.version = c.latest_version
       WHERE c.id = $1`,
      [courseId],
    );
  }

  /** The modules the version froze, in order; their ids are the draft's. */
  modules(versionId: string, db: Db = this.db): Promise<ModuleRow[]> {
    return sql.rows<ModuleRow>(
      db,
      `SELECT module_id AS id, title, summary, position FROM version_modules WHERE version_id = $1 ORDER BY position`,
      [versionId],
    );
  }

  /** The activities the version froze, in course order. */
  activities(versionId: string, db: Db = this.db): Promise<ActivityRow[]> {
    return sql.rows<ActivityRow>(
      db,
      `SELECT activity_id AS id, module_id, kind, title, required, content, url, starts_at, location, position
       FROM version_activities WHERE version_id = $1 ORDER BY ordinal`,
      [versionId],
    );
  }
}
