import type { CohortResponse } from './cohorts';
import type { ActivityKind } from './courses';

export const ENROLLMENT_STATUSES = ['pending', 'active', 'waitlisted', 'withdrawn', 'completed'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export interface EnrollmentResponse {
  id: string;
  cohortId: string;
  userId: string;
  status: EnrollmentStatus;
  fullName?: string;
  organizationId?: string | null;
  createdAt: string;
  completedAt: string | null;
}

export interface MyEnrollmentResponse extends EnrollmentResponse {
  cohort: CohortResponse;
  percent: number;
}

export interface CreateEnrollmentRequest {
  userId?: string;
}

export interface UpdateEnrollmentRequest {
  status: 'active' | 'withdrawn';
}

/** One required activity of an active enrolment, named for the participant's overview. */
export interface OverviewActivity {
  activityId: string;
  moduleId: string;
  moduleTitle: string;
  title: string;
  kind: ActivityKind;
}

/** `GET /api/me/overview`: per active enrolment what is next, what is late, how far the caller and their team are. */
export interface OverviewCohort {
  enrollmentId: string;
  cohortId: string;
  cohortName: string;
  courseTitle: string;
  percent: number;
  /** The first required activity not yet completed in a module already open; null when nothing open is left. */
  next: OverviewActivity | null;
  /** Required activities not completed in modules whose period is over (the next module has opened or the cohort ended). */
  late: OverviewActivity[];
  /** Colleagues of the caller's organisation in the same cohort (active or completed): names and percent only. */
  team: { fullName: string; percent: number }[];
}

export interface OverviewWorkshop extends OverviewActivity {
  enrollmentId: string;
  cohortName: string;
  startsAt: string;
  location: string | null;
}

export interface MyOverviewResponse {
  cohorts: OverviewCohort[];
  /** The earliest workshop still ahead across the caller's active enrolments. */
  nextWorkshop: OverviewWorkshop | null;
}
