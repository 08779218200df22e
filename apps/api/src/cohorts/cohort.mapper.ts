import type { CohortResponse } from '@keino/contracts';

export interface CohortRow {
  id: string;
  course_id: string;
  course_version_id: string;
  course_version: number;
  course_title: string;
  name: string;
  starts_on: string;
  ends_on: string;
  capacity: number;
  seats_taken: number;
  approval_required: boolean;
  enrollment_closes_at: Date | null;
  enrollment_open: boolean;
  trainer_ids: string[];
}

/** Every cohort query selects these columns; `$now` decides whether enrolment is open. */
export const COHORT_SELECT = `
  SELECT c.id, c.course_id, c.course_version_id, v.version AS course_version, v.title AS course_title, c.name,
         to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on,
         c.capacity, c.seats_taken, c.approval_required, c.enrollment_closes_at,
         now() < coalesce(c.enrollment_closes_at, (c.ends_on + 1)::timestamptz) AS enrollment_open,
         coalesce(array(SELECT t.user_id FROM cohort_trainers t WHERE t.cohort_id = c.id ORDER BY t.user_id), '{}') AS trainer_ids
  FROM cohorts c JOIN course_versions v ON v.id = c.course_version_id`;

export function toCohortResponse(row: CohortRow): CohortResponse {
  return {
    id: row.id,
    courseId: row.course_id,
    courseVersion: row.course_version,
    courseTitle: row.course_title,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    capacity: row.capacity,
    seatsTaken: row.seats_taken,
    approvalRequired: row.approval_required,
    enrollmentClosesAt: row.enrollment_closes_at ? row.enrollment_closes_at.toISOString() : null,
    enrollmentOpen: row.enrollment_open,
    trainerIds: row.trainer_ids,
  };
}
