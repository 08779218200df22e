import { type Db, sql } from '../../common/database/sql';
import { REPORT_SCOPE, ReportParams } from './report-scope';

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The cohort report, built by the database as the JSON text of `CohortReportResponse`: the participants are read
 * once (their counters are kept by the progress write) and the API sends the text as it is. Rates are fractions
 * rounded to 4 decimals, percents 0–100 rounded to 1; a module without required activities counts as done.
 */
export const COHORT_REPORT_SQL = `WITH s AS MATERIALIZED (${REPORT_SCOPE}),
     counts AS (SELECT count(*) AS enrolled, count(*) FILTER (WHERE completed_at IS NOT NULL) AS completed FROM s),
     per_organization AS (
       SELECT s.organization_id, coalesce(o.name, '') AS name, count(*) AS participants,
              CASE WHEN $4::int = 0 THEN 0 ELSE round(avg(100.0 * s.completed_required / $4::int), 1) END AS average_percent
       FROM s LEFT JOIN organizations o ON o.id = s.organization_id
       GROUP BY s.organization_id, o.name
     )
     SELECT json_build_object(
       'cohortId', $1::uuid,
       'enrolled', counts.enrolled,
       'completed', counts.completed,
       'completionRate', CASE WHEN counts.enrolled = 0 THEN 0 ELSE round(counts.completed::numeric / counts.enrolled, 4) END,
       'participants', coalesce((
         SELECT json_agg(json_build_object(
                  'userId', s.user_id, 'fullName', s.full_name, 'organizationId', s.organization_id,
                  'completedRequired', s.completed_required, 'totalRequired', $4::int,
                  'percent', CASE WHEN $4::int = 0 THEN 0 ELSE round(100.0 * s.completed_required / $4::int, 1) END,
                  'completedAt', to_char(s.completed_at AT TIME ZONE 'UTC', ${ISO}))
                ORDER BY s.full_name, s.user_id)
         FROM s), '[]'),
       'modules', coalesce((
         SELECT json_agg(json_build_object(
                  'moduleId', vm.module_id, 'title', vm.title,
                  'completionRate', CASE
                    WHEN counts.enrolled = 0 THEN 0
                    WHEN vm.total_required = 0 THEN 1
                    ELSE round((SELECT count(*) FROM s
                                WHERE coalesce(s.module_completed[vm.position + 1], 0) >= vm.total_required)::numeric
                               / counts.enrolled, 4)
                  END)
                ORDER BY vm.position)
         FROM version_modules vm WHERE vm.version_id = $3), '[]'),
       'organizations', coalesce((
         SELECT json_agg(json_build_object(
                  'organizationId', g.organization_id, 'name', g.name, 'participants', g.participants,
                  'averagePercent', g.average_percent)
                ORDER BY g.name NULLS LAST)
         FROM per_organization g), '[]')
     )::text AS report
     FROM counts`;

interface CohortReportRow {
  report: string;
}

/** Parameters: $1 cohort, $2 regions, $3 course version, $4 required activities of the version. */
export async function cohortReportJson(db: Db, p: ReportParams, totalRequired: number): Promise<string> {
  const row = await sql.one<CohortReportRow>(db, COHORT_REPORT_SQL, [
    p.cohortId,
    p.regions,
    p.versionId,
    totalRequired,
  ]);
  // The SELECT runs FROM counts, which always has one row.
  if (!row) throw new Error('The cohort report query returned no row');
  return row.report;
}
