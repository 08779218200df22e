import type { CohortResponse } from './cohorts';

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
