import { sqlOf } from './sql-of';
import reportScopeSql from './report-scope.sql';

/**
 * The participants a cohort report counts: `active` and `completed` enrolments, narrowed to the caller's scope ($2
 * NULL: every organisation): the organisations of a change agent's regions and of the teams a coach or mentor
 * follows. Parameters: $1 cohort, $2 scope.
 */
export const REPORT_SCOPE = sqlOf(reportScopeSql);

export interface ReportParams {
  cohortId: string;
  versionId: string;
  /**
   * null: every organisation; otherwise only organisations of these region codes ('01'–'21') and these organisation
   * ids (UUIDs): one array, since the two never collide and a caller may hold both (a change agent who coaches).
   */
  scope: string[] | null;
}
