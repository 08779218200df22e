import { type Db, sql } from '../../common/database/sql';

export interface CohortAccessRow {
  course_version_id: string;
  total_required: number;
  is_trainer: boolean;
  regions: string[] | null;
}

/** The cohort's version and what decides the caller's view of it. $1 cohort, $2 caller. */
export const COHORT_ACCESS_SQL = `SELECT c.course_version_id, v.total_required,
       EXISTS (SELECT 1 FROM cohort_trainers t WHERE t.cohort_id = c.id AND t.user_id = $2) AS is_trainer,
       (SELECT regions FROM users WHERE id = $2) AS regions
FROM cohorts c JOIN course_versions v ON v.id = c.course_version_id WHERE c.id = $1`;

export function cohortAccess(
  db: Db,
  cohortId: string,
  callerId: string,
): Promise<CohortAccessRow | undefined> {
  return sql.one<CohortAccessRow>(db, COHORT_ACCESS_SQL, [cohortId, callerId]);
}

interface CallerRegionsRow {
  regions: string[];
}

/** The regions a change agent follows. $1 caller. */
export const CALLER_REGIONS_SQL = `SELECT regions FROM users WHERE id = $1`;

export async function callerRegions(db: Db, callerId: string): Promise<string[]> {
  const row = await sql.one<CallerRegionsRow>(db, CALLER_REGIONS_SQL, [callerId]);
  return row?.regions ?? [];
}
