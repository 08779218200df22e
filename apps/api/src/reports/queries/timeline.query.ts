import { type Db, sql } from '../../common/database/sql';
import type { ReportParams } from './report-scope';
import { sqlOf } from './sql-of';
import statusCountsSql from './status-counts.sql';
import timelineSql from './timeline.sql';

export interface StatusRow {
  status: string;
  n: number;
}

/** Every enrolment of the cohort by status, narrowed to the scope like the report ($2 NULL: all). */
export const STATUS_COUNTS_SQL = sqlOf(statusCountsSql);

export function statusCounts(db: Db, p: ReportParams): Promise<StatusRow[]> {
  return sql.rows<StatusRow>(db, STATUS_COUNTS_SQL, [p.cohortId, p.scope]);
}

export interface TimelineRow {
  interval: 'day' | 'week';
  date: string;
  completed_activities: number;
  completed_enrollments: number;
}

/**
 * Cumulative completed activities and enrolments per day (span up to 62 days) or ISO week, from the cohort's start
 * (or an earlier completion) to today or the cohort's end (or a later completion), over the participants the report
 * counts (REPORT_SCOPE's rows, here with the completion days). The days come from the enrolment's counters, so the
 * progress rows are not read; events are counted per period, then summed in order.
 */
export const TIMELINE_SQL = sqlOf(timelineSql);

export function timelineRows(db: Db, p: ReportParams): Promise<TimelineRow[]> {
  return sql.rows<TimelineRow>(db, TIMELINE_SQL, [p.cohortId, p.scope]);
}
