import type { ActivityKind } from '@keino/contracts';
import { type Db, sql } from '../../common/database/sql';
import { REPORT_SCOPE, ReportParams } from './report-scope';

export interface MatrixRow {
  enrollment_id: string;
  user_id: string;
  organization_id: string | null;
  full_name: string;
  email: string;
  organization: string | null;
  business_id: string | null;
  status: string;
  completed_required: number;
  completed_at: Date | null;
  /** Comma-separated days since 2000-01-01 each activity was completed, by ordinal (empty: not completed). */
  days: string;
}

/**
 * Participants × activities for the exports: one row per participant, its completion days kept on the enrolment by
 * the progress write, so a few hundred thousand progress rows are never read for an export.
 */
export const PROGRESS_MATRIX_SQL = `SELECT s.id AS enrollment_id, s.user_id, s.organization_id, s.full_name, u.email, o.name AS organization, o.business_id, e.status,
            s.completed_required, s.completed_at, array_to_string(e.completed_days, ',', '') AS days
     FROM (${REPORT_SCOPE}) s
     JOIN enrollments e ON e.id = s.id
     JOIN users u ON u.id = s.user_id
     LEFT JOIN organizations o ON o.id = s.organization_id
     ORDER BY s.full_name, s.user_id`;

export function progressMatrix(db: Db, p: ReportParams): Promise<MatrixRow[]> {
  return sql.rows<MatrixRow>(db, PROGRESS_MATRIX_SQL, [p.cohortId, p.regions]);
}

export interface ActivityColumn {
  activity_id: string;
  module_id: string;
  kind: ActivityKind;
  title: string;
  module_title: string;
  required: boolean;
}

/** The course version's activities in order, with their module's title. $1 course version. */
export const ACTIVITY_COLUMNS_SQL = `SELECT va.activity_id, va.module_id, va.kind, va.title, vm.title AS module_title, va.required
     FROM version_activities va
     JOIN version_modules vm ON vm.version_id = va.version_id AND vm.module_id = va.module_id
     WHERE va.version_id = $1 ORDER BY va.ordinal`;

export function activityColumns(db: Db, versionId: string): Promise<ActivityColumn[]> {
  return sql.rows<ActivityColumn>(db, ACTIVITY_COLUMNS_SQL, [versionId]);
}
