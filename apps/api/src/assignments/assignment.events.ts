/** Emitted after a trainer's review of a team's assignment commits; reminders listen. */
export const ASSIGNMENT_REVIEWED = 'assignment.reviewed';

export interface AssignmentReviewedEvent {
  submissionId: string;
  cohortId: string;
  organizationId: string;
  activityId: string;
  decision: 'approved' | 'revision_requested';
  reviewerId: string;
  /** The team's members with an active or completed enrolment: who is told. */
  memberUserIds: string[];
  /** The submitted version reviewed: a team's work is revised and reviewed again, and each review is told once. */
  version: number;
}
