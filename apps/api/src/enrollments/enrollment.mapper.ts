import type { EnrollmentResponse, EnrollmentStatus } from '@keino/contracts';

export interface EnrollmentRow {
  id: string;
  cohort_id: string;
  user_id: string;
  status: EnrollmentStatus;
  full_name?: string;
  organization_id?: string | null;
  created_at: Date;
  completed_at: Date | null;
}

export function toEnrollmentResponse(row: EnrollmentRow): EnrollmentResponse {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    userId: row.user_id,
    status: row.status,
    ...(row.full_name !== undefined
      ? { fullName: row.full_name, organizationId: row.organization_id ?? null }
      : {}),
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
  };
}
