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
  /**
   * The submitted version reviewed. A team's submission is revised and reviewed again: reminders tell of each
   * version's review once (without it, of one review per submission and decision).
   */
  version?: number;
}
