import type { ActivityKind } from '@keino/contracts';
import { type Db, sql } from '../../common/database/sql';
import { REPORT_SCOPE, ReportParams } from './report-scope';
import { sqlOf } from './sql-of';
import progressMatrixSql from './progress-matrix.sql';
import activityColumnsSql from './activity-columns.sql';

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
export const PROGRESS_MATRIX_SQL = sqlOf(progressMatrixSql, { 'report-scope': REPORT_SCOPE });

export function progressMatrix(db: Db, p: ReportParams): Promise<MatrixRow[]> {
  return sql.rows<MatrixRow>(db, PROGRESS_MATRIX_SQL, [p.cohortId, p.scope]);
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
export const ACTIVITY_COLUMNS_SQL = sqlOf(activityColumnsSql);

export function activityColumns(db: Db, versionId: string): Promise<ActivityColumn[]> {
  return sql.rows<ActivityColumn>(db, ACTIVITY_COLUMNS_SQL, [versionId]);
}
