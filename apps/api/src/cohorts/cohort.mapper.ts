import type { CohortResponse } from '@keino/contracts';

/** A cohort as COHORT_SELECT (cohort.fragments.ts) reads it. */
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
  place: string | null;
  online_url: string | null;
  enrollment_open: boolean;
  trainer_ids: string[];
}

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
    place: row.place,
    onlineUrl: row.online_url,
    trainerIds: row.trainer_ids,
  };
}
