import type { EnrollmentStatus, MyEnrollmentResponse } from '@keino/contracts';

/** What the participant may withdraw themselves: anything not yet finished or already withdrawn (see API.md). */
export function withdrawable(status: EnrollmentStatus): boolean {
  return status === 'pending' || status === 'waitlisted' || status === 'active';
}

/** The caller's enrolment in a cohort that still counts; a withdrawn one means they may enrol again. */
export function enrolmentIn(
  enrollments: readonly MyEnrollmentResponse[],
  cohortId: string,
): MyEnrollmentResponse | undefined {
  return enrollments.find((e) => e.cohortId === cohortId && e.status !== 'withdrawn');
}

/** The catalogue's message key for a refused enrolment; unknown codes get the generic one. */
export function enrolErrorKey(code: string | undefined): string {
  const known = ['ALREADY_ENROLLED', 'ENROLLMENT_CLOSED', 'FORBIDDEN'];
  return `catalogue.error.${known.includes(code ?? '') ? code : 'OTHER'}`;
}

/** Seats still free; never below zero, whatever the counters say. */
export function seatsLeft(cohort: { capacity: number; seatsTaken: number }): number {
  return Math.max(0, cohort.capacity - cohort.seatsTaken);
}
