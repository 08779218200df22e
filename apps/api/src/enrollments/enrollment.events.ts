/** Emitted after the transaction that changed an enrolment commits; certificates and reminders listen. */
export const ENROLLMENT_STATUS_CHANGED = 'enrollment.status_changed';

export interface EnrollmentStatusChangedEvent {
  enrollmentId: string;
  cohortId: string;
  userId: string;
  from: string | null;
  to: string;
}

export const ENROLLMENT_COMPLETED = 'enrollment.completed';

export interface EnrollmentCompletedEvent {
  enrollmentId: string;
  cohortId: string;
  userId: string;
  completedAt: string;
}
