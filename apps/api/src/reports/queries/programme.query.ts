import { type Db, sql } from '../../common/database/sql';

export interface ProgrammeCohortRow {
  cohort_id: string;
  name: string;
  course_title: string;
  starts_on: string;
  ends_on: string;
  enrolled: number;
  active: number;
  completed: number;
  /** Sum of the participants' percents, so totals can average over every participant. */
  percent_sum: number;
}

export interface ProgrammeRegionRow {
  region: string | null;
  participants: number;
  completed: number;
}

/**
 * `active` and `completed` enrolments of every cohort with their organisation's region ($1 NULL: every region).
 * The cohort and region figures are grouped from it in the same statement.
 */
const PARTICIPANTS = `
  SELECT e.cohort_id, e.status, e.completed_required, o.region
  FROM enrollments e
  JOIN users u ON u.id = e.user_id
  LEFT JOIN organizations o ON o.id = u.organization_id
  WHERE e.status IN ('active', 'completed') AND ($1::text[] IS NULL OR o.region = ANY($1::text[]))`;

/**
 * Per cohort: enrolled, active, completed and the sum of percents; with regions set, only cohorts where someone of
 * those regions takes part. Newest first.
 */
export const PROGRAMME_COHORTS_SQL = `WITH s AS (${PARTICIPANTS}),
     per_cohort AS (
       SELECT s.cohort_id, count(*)::int AS enrolled,
              count(*) FILTER (WHERE s.status = 'active')::int AS active,
              count(*) FILTER (WHERE s.status = 'completed')::int AS completed,
              sum(CASE WHEN v.total_required = 0 THEN 0 ELSE 100.0 * s.completed_required / v.total_required END)::float8 AS percent_sum
       FROM s JOIN cohorts c ON c.id = s.cohort_id JOIN course_versions v ON v.id = c.course_version_id
       GROUP BY s.cohort_id
     )
     SELECT c.id AS cohort_id, c.name, v.title AS course_title, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
            to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, coalesce(p.enrolled, 0) AS enrolled,
            coalesce(p.active, 0) AS active, coalesce(p.completed, 0) AS completed,
            coalesce(p.percent_sum, 0) AS percent_sum
     FROM cohorts c
     JOIN course_versions v ON v.id = c.course_version_id
     LEFT JOIN per_cohort p ON p.cohort_id = c.id
     WHERE $1::text[] IS NULL OR p.enrolled > 0
     ORDER BY c.starts_on DESC, c.name, c.id`;

export function programmeCohorts(db: Db, regions: string[] | null): Promise<ProgrammeCohortRow[]> {
  return sql.rows<ProgrammeCohortRow>(db, PROGRAMME_COHORTS_SQL, [regions]);
}

/** Participants and completions per region over every cohort; null: participants without an organisation. */
export const PROGRAMME_REGIONS_SQL = `SELECT s.region, count(*)::int AS participants, count(*) FILTER (WHERE s.status = 'completed')::int AS completed
     FROM (${PARTICIPANTS}) s
     GROUP BY s.region
     ORDER BY s.region NULLS LAST`;

export function programmeRegions(db: Db, regions: string[] | null): Promise<ProgrammeRegionRow[]> {
  return sql.rows<ProgrammeRegionRow>(db, PROGRAMME_REGIONS_SQL, [regions]);
}
