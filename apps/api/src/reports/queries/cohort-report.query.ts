import { type Db, sql } from '../../common/database/sql';
import { REPORT_SCOPE, ReportParams } from './report-scope';
import { sqlOf } from './sql-of';
import cohortReportSql from './cohort-report.sql';

/**
 * The cohort report, built by the database as the JSON text of `CohortReportResponse`: the participants are read
 * once (their counters are kept by the progress write) and the API sends the text as it is. Rates are fractions
 * rounded to 4 decimals, percents 0–100 rounded to 1; a module without required activities counts as done.
 */
export const COHORT_REPORT_SQL = sqlOf(cohortReportSql, { 'report-scope': REPORT_SCOPE });

interface CohortReportRow {
  report: string;
}

/** Parameters: $1 cohort, $2 scope, $3 course version, $4 required activities of the version. */
export async function cohortReportJson(db: Db, p: ReportParams, totalRequired: number): Promise<string> {
  const row = await sql.one<CohortReportRow>(db, COHORT_REPORT_SQL, [
    p.cohortId,
    p.scope,
    p.versionId,
    totalRequired,
  ]);
  // The SELECT runs FROM counts, which always has one row.
  if (!row) throw new Error('The cohort report query returned no row');
  return row.report;
}
