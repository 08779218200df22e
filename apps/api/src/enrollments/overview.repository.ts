import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActivityKind } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { workshopTimeIn } from '../cohorts/workshop-time';
import { sql } from '../common/database/sql';

export interface OverviewEnrollmentRow {
  id: string;
  cohort_id: string;
  cohort_name: string;
  course_title: string;
  percent: number;
}
export interface TodoRow {
  enrollment_id: string;
  activity_id: string;
  module_id: string;
  module_title: string;
  title: string;
  kind: ActivityKind;
  over: boolean;
}
export type NextWorkshopRow = Omit<TodoRow, 'over'> & {
  cohort_name: string;
  starts_at: Date;
  location: string | null;
};
export interface TeammateRow {
  cohort_id: string;
  full_name: string;
  percent: number;
}

// The caller's active enrolments with their cohort, version and percent ($1: the caller).
const MINE = `
  SELECT e.id, e.cohort_id, e.completed_days, c.name AS cohort_name, c.starts_on, c.ends_on,
         c.course_version_id, v.title AS course_title,
         CASE WHEN v.total_required = 0 THEN 0
              ELSE round(100.0 * e.completed_required / v.total_required, 1)::float END AS percent
  FROM enrollments e
  JOIN cohorts c ON c.id = e.cohort_id
  JOIN course_versions v ON v.id = c.course_version_id
  WHERE e.user_id = $1 AND e.status = 'active'`;

/**
 * The participant's overview, read set-based over the enrolment counters (`completed_days` holds, by the activity's
 * ordinal + 1, the day it was completed). A read model across modules: besides enrollments it reads cohorts,
 * module_releases and (through workshopTimeIn) cohort_workshops, course_versions, version_modules,
 * version_activities and users (listed read exceptions).
 */
@Injectable()
export class OverviewRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  activeEnrollments(userId: string): Promise<OverviewEnrollmentRow[]> {
    return sql.rows<OverviewEnrollmentRow>(this.db, `${MINE} ORDER BY c.starts_on, c.name, e.id`, [userId]);
  }

  /**
   * Required activities not yet completed in modules already open, in course order, each flagged `over` when its
   * module's period is over. Open and expected follow the trainers' at-risk rule (reports/queries/at-risk.query.ts):
   * a module is open from its release date, or the cohort's start when it has none, and every required activity of
   * an open module is expected. Late narrows that to modules whose period is over: a module that opens later has
   * opened, or the cohort has ended; so the module just opened is "next", not yet "late".
   */
  todo(userId: string): Promise<TodoRow[]> {
    return sql.rows<TodoRow>(
      this.db,
      `WITH mine AS (${MINE}),
       modules AS (
         SELECT m.id AS enrollment_id, vm.module_id, vm.title, vm.position, m.ends_on,
                coalesce(mr.releases_on, m.starts_on) AS opens_on
         FROM mine m
         JOIN version_modules vm ON vm.version_id = m.course_version_id
         LEFT JOIN module_releases mr ON mr.cohort_id = m.cohort_id AND mr.module_id = vm.module_id
       ),
       open_modules AS (
         SELECT md.*,
                md.ends_on < current_date OR EXISTS (
                  SELECT 1 FROM modules later
                  WHERE later.enrollment_id = md.enrollment_id AND later.opens_on > md.opens_on
                    AND later.opens_on <= current_date) AS over
         FROM modules md WHERE md.opens_on <= current_date
       )
       SELECT o.enrollment_id, va.activity_id, o.module_id, o.title AS module_title, va.title, va.kind, o.over
       FROM open_modules o
       JOIN mine m ON m.id = o.enrollment_id
       JOIN version_activities va ON va.version_id = m.course_version_id AND va.module_id = o.module_id
       WHERE va.required AND m.completed_days[va.ordinal + 1] IS NULL
       ORDER BY o.enrollment_id, va.ordinal`,
      [userId],
    );
  }

  /** The next workshop of the caller's active cohorts, at most one. */
  nextWorkshop(userId: string): Promise<NextWorkshopRow[]> {
    return sql.rows<NextWorkshopRow>(
      this.db,
      `WITH mine AS (${MINE})
       SELECT m.id AS enrollment_id, m.cohort_name, va.activity_id, va.module_id, vm.title AS module_title,
              va.title, va.kind, w.starts_at, w.location
       FROM mine m
       JOIN version_activities va ON va.version_id = m.course_version_id
       JOIN version_modules vm ON vm.version_id = va.version_id AND vm.module_id = va.module_id
       ${workshopTimeIn('m.cohort_id', 'va')}
       WHERE va.kind = 'workshop' AND w.starts_at >= now()
       ORDER BY w.starts_at, m.cohort_name, va.ordinal
       LIMIT 1`,
      [userId],
    );
  }

  /** Colleagues of the same organisation in the caller's active cohorts; nobody when the caller has none. */
  team(userId: string): Promise<TeammateRow[]> {
    return sql.rows<TeammateRow>(
      this.db,
      `SELECT e.cohort_id, u.full_name,
              CASE WHEN v.total_required = 0 THEN 0
                   ELSE round(100.0 * e.completed_required / v.total_required, 1)::float END AS percent
       FROM enrollments mine
       JOIN users me ON me.id = mine.user_id
       JOIN enrollments e ON e.cohort_id = mine.cohort_id AND e.user_id <> me.id
                         AND e.status IN ('active', 'completed')
       JOIN users u ON u.id = e.user_id AND u.organization_id = me.organization_id
       JOIN cohorts c ON c.id = e.cohort_id
       JOIN course_versions v ON v.id = c.course_version_id
       WHERE mine.user_id = $1 AND mine.status = 'active'
       ORDER BY u.full_name, u.id`,
      [userId],
    );
  }
}
