// Reads across modules (read-only), as the programme's report: users (locale, regions, organization_id, full_name),
// enrollments, cohorts (name, starts_on), cohort_trainers and organizations (name, region) for the scope.
import type { ImpactGroup } from '@keino/contracts';
import { type Db, sql } from '../../common/database/sql';

export interface ImpactScope {
  callerId: string;
  /** Everything. */
  admin: boolean;
  /** The cohorts the caller trains. */
  trainer: boolean;
  /** Organisations of the caller's regions (users.regions). */
  changeAgent: boolean;
  /** The caller's own organisation. */
  coordinator: boolean;
  cohortId: string | null;
  organizationId: string | null;
  region: string | null;
}

export interface ImpactSqlRow {
  key: string | null;
  label: string;
  n: number;
  start_only: number;
  average_start: number | null;
  average_end: number | null;
  average_change: number | null;
  follow_up_n: number;
  average_follow_up: number | null;
  average_follow_up_change: number | null;
}

/**
 * The enrolments (active or completed) the caller may see, narrowed by the filters. A caller with several roles sees
 * the union of what each role shows. Parameters: $1 caller, $2–$5 admin / trainer / change agent / coordinator,
 * $6 cohort, $7 organisation, $8 region.
 */
const PAIRS = `
  me AS (SELECT id, locale, regions, organization_id FROM users WHERE id = $1),
  scoped AS (
    SELECT e.id AS enrollment_id, e.cohort_id, c.name AS cohort_name, c.starts_on, u.full_name, u.organization_id,
           o.name AS organization_name, o.region
    FROM enrollments e
    JOIN cohorts c ON c.id = e.cohort_id
    JOIN users u ON u.id = e.user_id
    LEFT JOIN organizations o ON o.id = u.organization_id
    CROSS JOIN me
    WHERE e.status IN ('active', 'completed')
      AND ($2::boolean
        OR ($3::boolean AND EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = e.cohort_id AND t.user_id = me.id))
        OR ($4::boolean AND o.region = ANY(me.regions))
        OR ($5::boolean AND u.organization_id = me.organization_id))
      AND ($6::uuid IS NULL OR e.cohort_id = $6::uuid)
      AND ($7::uuid IS NULL OR u.organization_id = $7::uuid)
      AND ($8::text IS NULL OR o.region = $8::text)
  ),
  -- Per participant and dimension answered at the start: the start level and, when answered, the end level and the
  -- follow-up level a year on.
  pairs AS (
    SELECT s.*, a.dimension_id, a.level AS start_level, b.level AS end_level, f.level AS follow_up_level
    FROM scoped s
    JOIN assessment_answers a ON a.enrollment_id = s.enrollment_id AND a.phase = 'start'
    LEFT JOIN assessment_answers b
      ON b.enrollment_id = s.enrollment_id AND b.phase = 'end' AND b.dimension_id = a.dimension_id
    LEFT JOIN assessment_answers f
      ON f.enrollment_id = s.enrollment_id AND f.phase = 'follow_up' AND f.dimension_id = a.dimension_id
  )`;

/** Key, label, GROUP BY and ORDER BY of each grouping; only these strings ever reach the SQL. */
const GROUPS: Record<ImpactGroup, { key: string; label: string; groupBy: string; orderBy: string }> = {
  dimension: {
    key: 'd.id::text',
    label: `coalesce(d.name ->> me.locale, d.name ->> 'fi')`,
    groupBy: 'd.id, me.locale',
    orderBy: 'd.archived_at IS NOT NULL, min(d.position), 2',
  },
  organization: {
    key: 'p.organization_id::text',
    label: `coalesce(p.organization_name, '')`,
    groupBy: 'p.organization_id, p.organization_name',
    orderBy: 'p.organization_name NULLS LAST, 1',
  },
  cohort: {
    key: 'p.cohort_id::text',
    label: 'p.cohort_name',
    groupBy: 'p.cohort_id, p.cohort_name, p.starts_on',
    orderBy: 'p.starts_on DESC, 2, 1',
  },
  region: {
    key: 'p.region',
    label: `coalesce(p.region, '')`,
    groupBy: 'p.region',
    orderBy: 'p.region NULLS LAST',
  },
  participant: {
    key: 'p.enrollment_id::text',
    label: 'p.full_name',
    groupBy: 'p.enrollment_id, p.full_name, p.cohort_name',
    orderBy: 'p.full_name, p.cohort_name, 1',
  },
};

/**
 * Impact per group: participants with both phases (n), those with the start only, and the averages over the
 * participant × dimension pairs answered at both, rounded to 2 decimals; a year on, the same for the pairs answered
 * at the start and the follow-up (whether or not the end was answered). One statement.
 */
export function impactRows(db: Db, scope: ImpactScope, group: ImpactGroup): Promise<ImpactSqlRow[]> {
  const g = GROUPS[group];
  return sql.rows<ImpactSqlRow>(
    db,
    `WITH ${PAIRS}
     SELECT ${g.key} AS key, ${g.label} AS label,
            count(DISTINCT p.enrollment_id) FILTER (WHERE p.end_level IS NOT NULL)::int AS n,
            (count(DISTINCT p.enrollment_id)
              - count(DISTINCT p.enrollment_id) FILTER (WHERE p.end_level IS NOT NULL))::int AS start_only,
            round(avg(p.start_level) FILTER (WHERE p.end_level IS NOT NULL), 2)::float8 AS average_start,
            round(avg(p.end_level), 2)::float8 AS average_end,
            round(avg(p.end_level - p.start_level), 2)::float8 AS average_change,
            count(DISTINCT p.enrollment_id) FILTER (WHERE p.follow_up_level IS NOT NULL)::int AS follow_up_n,
            round(avg(p.follow_up_level), 2)::float8 AS average_follow_up,
            round(avg(p.follow_up_level - p.start_level), 2)::float8 AS average_follow_up_change
     FROM pairs p
     JOIN maturity_dimensions d ON d.id = p.dimension_id
     CROSS JOIN me
     GROUP BY ${g.groupBy}
     ORDER BY ${g.orderBy}`,
    [
      scope.callerId,
      scope.admin,
      scope.trainer,
      scope.changeAgent,
      scope.coordinator,
      scope.cohortId,
      scope.organizationId,
      scope.region,
    ],
  );
}
