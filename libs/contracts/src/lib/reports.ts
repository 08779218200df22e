import type { ActivityKind } from './courses';
import type { EnrollmentStatus } from './enrollments';

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
