import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { Db, sql } from '../../common/database/sql';
import type { CourseRow } from '../course.mapper';

// The course's columns with its trainers' ids, in the shape of CourseRow.
const COURSE_COLUMNS = `c.id, c.title, c.summary, c.language, c.latest_version, c.created_at, c.updated_at,
  coalesce(array(SELECT ct.user_id FROM course_trainers ct WHERE ct.course_id = c.id ORDER BY ct.user_id), '{}')
    AS trainer_ids`;

export interface NewCourse {
  title: string;
  summary: string;
  language: Locale;
  createdBy: string;
}

/** null leaves the column as it is. */
export interface CoursePatch {
  title: string | null;
  summary: string | null;
  language: Locale | null;
}

export interface CourseListFilter {
  /** Admins see every course. */
  admin: boolean;
  callerId: string;
  /** Only the courses the caller edits, latest change first. */
  mine: boolean;
  limit: number;
  offset: number;
}

interface CourseIdRow {
  id: string;
}
interface TrainerIdRow {
  user_id: string;
}
export type CourseListRow = CourseRow & { total: string };

/** The courses and course_trainers tables: a course's details and who edits it. */
@Injectable()
export class CoursesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One transaction for a change to a course, its outline or its versions. */
  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(tx: EntityManager, course: NewCourse): Promise<string> {
    const row = await sql.one<CourseIdRow>(
      tx,
      `INSERT INTO courses (title, summary, language, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [course.title, course.summary, course.language, course.createdBy],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  async update(tx: EntityManager, id: string, patch: CoursePatch): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE courses SET title = coalesce($2, title), summary = coalesce($3, summary),
         language = coalesce($4, language), updated_at = now() WHERE id = $1`,
      [id, patch.title, patch.summary, patch.language],
    );
  }

  /**
   * Adds the trainers and answers how many were added. Reads users (the accounts module's table, a listed read
   * exception) so that only users with the trainer role are added.
   */
  async addTrainers(tx: EntityManager, courseId: string, userIds: string[]): Promise<number> {
    const added = await sql.rows<TrainerIdRow>(
      tx,
      `INSERT INTO course_trainers (course_id, user_id)
       SELECT $1, u.id FROM users u WHERE u.id = ANY($2::uuid[]) AND 'trainer' = ANY(u.roles)
       RETURNING user_id`,
      [courseId, userIds],
    );
    return added.length;
  }

  async removeTrainers(tx: EntityManager, courseId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM course_trainers WHERE course_id = $1`, [courseId]);
  }

  /** Admins: every course; others: published courses and the ones they train (only those with `mine`). */
  list(filter: CourseListFilter): Promise<CourseListRow[]> {
    return sql.rows<CourseListRow>(
      this.db,
      `SELECT ${COURSE_COLUMNS}, count(*) OVER () AS total
       FROM courses c
       WHERE $1 OR (NOT $5 AND c.latest_version IS NOT NULL)
          OR EXISTS (SELECT 1 FROM course_trainers ct WHERE ct.course_id = c.id AND ct.user_id = $2)
       ORDER BY CASE WHEN $5 THEN c.updated_at END DESC, c.title, c.id LIMIT $3 OFFSET $4`,
      [filter.admin, filter.callerId, filter.limit, filter.offset, filter.mine],
    );
  }

  find(id: string): Promise<CourseRow | undefined> {
    return sql.one<CourseRow>(this.db, `SELECT ${COURSE_COLUMNS} FROM courses c WHERE c.id = $1`, [id]);
  }

  async exists(id: string): Promise<boolean> {
    return (await sql.one<CourseIdRow>(this.db, `SELECT id FROM courses WHERE id = $1`, [id])) !== undefined;
  }

  /** Marks the draft as changed (the `mine` list shows the latest change first). */
  async touch(id: string, db: Db = this.db): Promise<void> {
    await sql.affected(db, `UPDATE courses SET updated_at = now() WHERE id = $1`, [id]);
  }
}
