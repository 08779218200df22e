import type { EntityManager } from 'typeorm';

import { REPORT_SCOPE, ReportParams } from './report-scope';

export interface ParticipantRow {
  user_id: string;
  full_name: string;
  organization_id: string | null;
  completed_required: number;
  percent: number;
  completed_at: Date | null;
}

export interface ModuleRateRow {
  module_id: string;
  title: string;
  completion_rate: number;
}

export interface OrganizationRow {
  organization_id: string | null;
  name: string;
  participants: number;
  average_percent: number;
}

/** One row per counted participant, from the counters the progress write keeps on the enrolment. */
export function participantRows(
  db: EntityManager,
  p: ReportParams,
  totalRequired: number,
): Promise<ParticipantRow[]> {
  return db.query(
    `SELECT s.user_id, s.full_name, s.organization_id, s.completed_required, s.completed_at,
            CASE WHEN $3::int = 0 THEN 0 ELSE round(100.0 * s.completed_required / $3::int, 1)::float END AS percent
     FROM (${REPORT_SCOPE}) s
     ORDER BY s.full_name, s.user_id`,
    [p.cohortId, p.regions, totalRequired],
  );
}

/** A module's rate: the fraction of counted participants who completed every required activity of it. */
export function moduleRates(db: EntityManager, p: ReportParams): Promise<ModuleRateRow[]> {
  return db.query(
    `WITH s AS (${REPORT_SCOPE}),
     n AS (SELECT count(*)::float AS enrolled FROM s)
     SELECT vm.module_id, vm.title,
            CASE WHEN n.enrolled = 0 THEN 0
                 ELSE (SELECT count(*) FROM s
                       WHERE coalesce(s.module_completed[vm.position + 1], 0) >= vm.total_required) / n.enrolled
            END AS completion_rate
     FROM version_modules vm CROSS JOIN n
     WHERE vm.version_id = $3
     ORDER BY vm.position`,
    [p.cohortId, p.regions, p.versionId],
  );
}

/** Participants and their average percent per organisation (staff without one are grouped together). */
export function organizationRows(
  db: EntityManager,
  p: ReportParams,
  totalRequired: number,
): Promise<OrganizationRow[]> {
  return db.query(
    `SELECT s.organization_id, coalesce(o.name, '') AS name, count(*)::int AS participants,
            CASE WHEN $3::int = 0 THEN 0
                 ELSE round(avg(100.0 * s.completed_required / $3::int), 1)::float END AS average_percent
     FROM (${REPORT_SCOPE}) s LEFT JOIN organizations o ON o.id = s.organization_id
     GROUP BY s.organization_id, o.name
     ORDER BY o.name NULLS LAST`,
    [p.cohortId, p.regions, totalRequired],
  );
}
