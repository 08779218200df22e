import { type Db, sql } from '../../common/database/sql';
import { sqlOf } from './sql-of';
import programmeParticipantsSql from './programme-participants.sql';
import programmeCohortsSql from './programme-cohorts.sql';
import programmeRegionsSql from './programme-regions.sql';

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
const PARTICIPANTS = sqlOf(programmeParticipantsSql);

/**
 * Per cohort: enrolled, active, completed and the sum of percents; with regions set, only cohorts where someone of
 * those regions takes part. Newest first.
 */
export const PROGRAMME_COHORTS_SQL = sqlOf(programmeCohortsSql, { 'programme-participants': PARTICIPANTS });

export function programmeCohorts(db: Db, regions: string[] | null): Promise<ProgrammeCohortRow[]> {
  return sql.rows<ProgrammeCohortRow>(db, PROGRAMME_COHORTS_SQL, [regions]);
}

/** Participants and completions per region over every cohort; null: participants without an organisation. */
export const PROGRAMME_REGIONS_SQL = sqlOf(programmeRegionsSql, { 'programme-participants': PARTICIPANTS });

export function programmeRegions(db: Db, regions: string[] | null): Promise<ProgrammeRegionRow[]> {
  return sql.rows<ProgrammeRegionRow>(db, PROGRAMME_REGIONS_SQL, [regions]);
}
