import type { EntityManager } from 'typeorm';

import { REPORT_SCOPE, ReportParams } from './report-scope';

export interface MatrixRow {
  user_id: string;
  full_name: string;
  email: string;
  organization: string | null;
  business_id: string | null;
  status: string;
  completed_required: number;
  completed_at: Date | null;
  /** `ordinal:YYYY-MM-DD` for completed and `ordinal:` for started activities, comma separated. */
  cells: string | null;
}

/**
 * Participants × activities for the exports: one row per participant, its progress folded into one string by the
 * database (a few hundred thousand progress rows never travel to the API one by one).
 */
export function progressMatrix(db: EntityManager, p: ReportParams): Promise<MatrixRow[]> {
  return db.query(
    `WITH s AS (${REPORT_SCOPE}),
     cells AS (
       SELECT pr.enrollment_id,
              string_agg(va.ordinal || ':' || coalesce(to_char(pr.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), ''), ',') AS cells
       FROM progress pr
       JOIN s ON s.id = pr.enrollment_id
       JOIN version_activities va ON va.version_id = $3 AND va.activity_id = pr.activity_id
       GROUP BY pr.enrollment_id
     )
     SELECT s.user_id, s.full_name, u.email, o.name AS organization, o.business_id, e.status,
            s.completed_required, s.completed_at, cells.cells
     FROM s
     JOIN enrollments e ON e.id = s.id
     JOIN users u ON u.id = s.user_id
     LEFT JOIN organizations o ON o.id = s.organization_id
     LEFT JOIN cells ON cells.enrollment_id = s.id
     ORDER BY s.full_name, s.user_id`,
    [p.cohortId, p.regions, p.versionId],
  );
}

export interface ActivityColumn {
  title: string;
  module_title: string;
  required: boolean;
}

export function activityColumns(db: EntityManager, versionId: string): Promise<ActivityColumn[]> {
  return db.query(
    `SELECT va.title, vm.title AS module_title, va.required FROM version_activities va
     JOIN version_modules vm ON vm.version_id = va.version_id AND vm.module_id = va.module_id
     WHERE va.version_id = $1 ORDER BY va.ordinal`,
    [versionId],
  );
}
