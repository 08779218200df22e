import { sqlOf } from './sql-of';
import reportScopeSql from './report-scope.sql';

/**
 * The participants a cohort report counts: `active` and `completed` enrolments, narrowed to organisations of the
 * given regions for change agents ($2 NULL: every organisation). Parameters: $1 cohort, $2 regions.
 */
export const REPORT_SCOPE = sqlOf(reportScopeSql);

export interface ReportParams {
  cohortId: string;
  versionId: string;
  /** null: every organisation; otherwise only organisations of these regions. */
  regions: string[] | null;
}
