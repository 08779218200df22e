import { type Db, sql } from '../../common/database/sql';
import { sqlOf } from './sql-of';
import cohortAccessSql from './cohort-access.sql';
import callerRegionsSql from './caller-regions.sql';

export interface CohortAccessRow {
  course_version_id: string;
  total_required: number;
  is_trainer: boolean;
  regions: string[] | null;
}

/** The cohort's version and what decides the caller's view of it. $1 cohort, $2 caller. */
export const COHORT_ACCESS_SQL = sqlOf(cohortAccessSql);

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
export const CALLER_REGIONS_SQL = sqlOf(callerRegionsSql);

export async function callerRegions(db: Db, callerId: string): Promise<string[]> {
  const row = await sql.one<CallerRegionsRow>(db, CALLER_REGIONS_SQL, [callerId]);
  return row?.regions ?? [];
}
