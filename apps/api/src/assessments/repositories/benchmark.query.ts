// Reads across modules (read-only), as a report: users (organization_id: the proved membership, ADR 0008) and
// organizations (kind) beside the enrolments whose answers the benchmark averages.
import type { LocalizedText } from '@keino/contracts';
import { type Db, sql } from '../../common/database/sql';

export interface BenchmarkSqlRow {
  dimension_id: string;
  name: LocalizedText;
  own: number | null;
  same_kind: number | null;
  all_orgs: number | null;
  same_kind_orgs: number;
  all_count: number;
}

/**
 * Per current dimension: each organisation's level (the average over its people's latest answer, end before start),
 * then the average of the enrolment's own organisation, and over the other organisations of its kind and of all,
 * each organisation counted once; a peer average is null when fewer than $2 other organisations answered. One
 * statement. $1 the organisation, $2 the minimum of peers.
 */
export function benchmarkRows(db: Db, organizationId: string, minimum: number): Promise<BenchmarkSqlRow[]> {
  return sql.rows<BenchmarkSqlRow>(
    db,
    `WITH latest AS (
       SELECT DISTINCT ON (a.enrollment_id, a.dimension_id) a.enrollment_id, a.dimension_id, a.level
         FROM assessment_answers a
        WHERE a.phase IN ('start', 'end')
        ORDER BY a.enrollment_id, a.dimension_id, (a.phase = 'end') DESC
     ),
     per_org AS (
       SELECT u.organization_id, o.kind, l.dimension_id, avg(l.level) AS level
         FROM latest l
         JOIN enrollments e ON e.id = l.enrollment_id AND e.status IN ('active', 'completed')
         JOIN users u ON u.id = e.user_id
         JOIN organizations o ON o.id = u.organization_id
        GROUP BY u.organization_id, o.kind, l.dimension_id
     ),
     mine AS (SELECT kind FROM organizations WHERE id = $1),
     peers AS (
       SELECT count(DISTINCT p.organization_id) FILTER (WHERE p.kind = (SELECT kind FROM mine))::int AS same_kind_orgs,
              count(DISTINCT p.organization_id)::int AS all_count
         FROM per_org p WHERE p.organization_id <> $1
     )
     SELECT d.id AS dimension_id, d.name,
            round(avg(p.level) FILTER (WHERE p.organization_id = $1), 2)::float8 AS own,
            CASE WHEN peers.same_kind_orgs >= $2 THEN round(avg(p.level) FILTER (
              WHERE p.organization_id <> $1 AND p.kind = (SELECT kind FROM mine)), 2)::float8 END AS same_kind,
            CASE WHEN peers.all_count >= $2 THEN round(avg(p.level) FILTER (
              WHERE p.organization_id <> $1), 2)::float8 END AS all_orgs,
            peers.same_kind_orgs, peers.all_count
       FROM maturity_dimensions d
       CROSS JOIN peers
       LEFT JOIN per_org p ON p.dimension_id = d.id
      WHERE d.archived_at IS NULL
      GROUP BY d.id, d.name, d.position, peers.same_kind_orgs, peers.all_count
      ORDER BY d.position`,
    [organizationId, minimum],
  );
}

export interface BenchmarkSubjectRow {
  organization_id: string | null;
  kind: string | null;
}

/** The organisation the enrolment's person belongs to (proved membership), and its kind. */
export async function benchmarkSubject(db: Db, enrollmentId: string): Promise<BenchmarkSubjectRow> {
  const row = await sql.one<BenchmarkSubjectRow>(
    db,
    `SELECT u.organization_id, o.kind
       FROM enrollments e JOIN users u ON u.id = e.user_id LEFT JOIN organizations o ON o.id = u.organization_id
      WHERE e.id = $1`,
    [enrollmentId],
  );
  return row ?? { organization_id: null, kind: null };
}
