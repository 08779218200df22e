import { type Db, sql } from '../../common/database/sql';
import { REPORT_SCOPE, ReportParams } from './report-scope';
import { sqlOf } from './sql-of';
import atRiskSql from './at-risk.sql';

export interface AtRiskRow {
  enrollment_id: string;
  user_id: string;
  full_name: string;
  organization_id: string | null;
  completed_required: number;
  expected_required: number;
}

/**
 * Active participants who have not completed every required activity of the modules already released (a module with
 * no release date opens when the cohort starts), most behind first.
 */
export const AT_RISK_SQL = sqlOf(atRiskSql, { 'report-scope': REPORT_SCOPE });

/** Parameters: $1 cohort, $2 scope, $3 course version. */
export function atRiskRows(db: Db, p: ReportParams): Promise<AtRiskRow[]> {
  return sql.rows<AtRiskRow>(db, AT_RISK_SQL, [p.cohortId, p.scope, p.versionId]);
}
