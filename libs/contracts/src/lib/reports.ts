import type { ActivityKind } from './courses';
import type { EnrollmentStatus } from './enrollments';
import type { ManagementReviewOutcome } from './assignments';
import type { RegionCode } from './organizations';

export interface CohortReportParticipant {
  userId: string;
  fullName: string;
  organizationId: string | null;
  completedRequired: number;
  totalRequired: number;
  percent: number;
  completedAt: string | null;
}

export interface CohortReportResponse {
  cohortId: string;
  enrolled: number;
  completed: number;
  completionRate: number;
  participants: CohortReportParticipant[];
  modules: { moduleId: string; title: string; completionRate: number }[];
  organizations: {
    organizationId: string | null;
    name: string;
    participants: number;
    averagePercent: number;
    /** The team's latest management-team review of its development assignment; null when none is recorded. */
    managementReview: { presentedOn: string; outcome: ManagementReviewOutcome } | null;
  }[];
}

/** Active participants whose progress lags the modules already released. */
export interface AtRiskParticipant {
  enrollmentId: string;
  userId: string;
  fullName: string;
  organizationId: string | null;
  completedRequired: number;
  /** Required activities of the modules released by today. */
  expectedRequired: number;
  percent: number;
}

/** Participants × activities of a cohort: the day each activity was completed (UTC date), or null. */
export interface ProgressGridResponse {
  cohortId: string;
  activities: {
    activityId: string;
    moduleId: string;
    moduleTitle: string;
    kind: ActivityKind;
    title: string;
    required: boolean;
  }[];
  participants: {
    enrollmentId: string;
    userId: string;
    fullName: string;
    organizationId: string | null;
    status: EnrollmentStatus;
    completedOn: (string | null)[];
  }[];
}

/** Enrolments of a cohort by status (change agents: their regions' organisations only). */
export type EnrollmentStatusCounts = Record<EnrollmentStatus, number>;

/** One period of a cohort's timeline: totals reached by the end of the period that starts on `date`. */
export interface TimelinePoint {
  /** First day of the period (a Monday when `interval` is `week`), `YYYY-MM-DD`. */
  date: string;
  /** Activities completed by the participants the report counts, cumulative. */
  completedActivities: number;
  /** Enrolments completed, cumulative. */
  completedEnrollments: number;
}

/** `GET /api/cohorts/:id/report/timeline`: enrolment states and progress over time (UTC days). */
export interface CohortTimelineResponse {
  cohortId: string;
  statuses: EnrollmentStatusCounts;
  /** Days for a span of up to 62 days, weeks beyond. */
  interval: 'day' | 'week';
  /** From the cohort's start (or an earlier completion) to today, or its end if that is earlier. */
  points: TimelinePoint[];
}

/** One cohort in the programme overview; counts are `active` and `completed` enrolments like the cohort report. */
export interface ProgrammeCohort {
  cohortId: string;
  name: string;
  courseTitle: string;
  startsOn: string;
  endsOn: string;
  enrolled: number;
  active: number;
  completed: number;
  completionRate: number;
  averagePercent: number;
}

export interface ProgrammeRegion {
  /** null: participants without an organisation. */
  region: RegionCode | null;
  /** Enrolments (`active` and `completed`) of the region's organisations, over every cohort. */
  participants: number;
  completed: number;
  completionRate: number;
}

/** `GET /api/reports/programme`: every cohort (change agents: their regions' participants only), totals, regions. */
export interface ProgrammeOverviewResponse {
  totals: {
    cohorts: number;
    enrolled: number;
    active: number;
    completed: number;
    completionRate: number;
    averagePercent: number;
  };
  cohorts: ProgrammeCohort[];
  regions: ProgrammeRegion[];
}
