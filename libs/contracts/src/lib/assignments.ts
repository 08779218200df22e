/** Where a team's development assignment stands; `not_started` only in a cohort's overview (no row yet). */
export const ASSIGNMENT_STATUSES = ['draft', 'submitted', 'revision_requested', 'approved'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** What a trainer decides on a submitted version. */
export const REVIEW_DECISIONS = ['revision_requested', 'approved'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The largest file a team may attach: 20 MB. */
export const ASSIGNMENT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Media types accepted for attachments, as detected from the file's content (never from its name). */
export const ASSIGNMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  // Legacy .doc, .xls and .ppt are all Compound File Binary containers.
  'application/x-cfb',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
] as const;
export type AssignmentMediaType = (typeof ASSIGNMENT_MEDIA_TYPES)[number];

export interface AssignmentAttachmentResponse {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedByName: string | null;
  createdAt: string;
}

/** A frozen copy of what the team submitted. */
export interface AssignmentVersionResponse {
  version: number;
  body: string;
  attachments: { id: string; fileName: string; mediaType: string; size: number }[];
  submittedByName: string | null;
  submittedAt: string;
}

export interface AssignmentCommentResponse {
  id: string;
  authorName: string | null;
  body: string;
  /** A trainer's decision on the version; null for discussion. */
  decision: ReviewDecision | null;
  /** The submitted version the comment was written about (0 before the first submit). */
  version: number;
  createdAt: string;
}

export interface AssignmentResponse {
  id: string;
  cohortId: string;
  cohortName: string;
  organizationId: string;
  organizationName: string;
  activityId: string;
  activityTitle: string;
  /** The assignment's instructions (trainer's sanitised rich text). */
  activityContent: string;
  status: AssignmentStatus;
  /** The team's working text. */
  body: string;
  /** How many times the team has submitted. */
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  submittedAt: string | null;
  /** The team: members with an active or completed enrolment in the cohort. */
  members: { userId: string; fullName: string }[];
  attachments: AssignmentAttachmentResponse[];
  versions: AssignmentVersionResponse[];
  comments: AssignmentCommentResponse[];
  /** The caller is a member and the text may be changed now (draft or revision requested). */
  canEdit: boolean;
  /** The caller is one of the cohort's trainers or an admin and the version awaits review. */
  canReview: boolean;
  /** When the team presented the task to its management team, and what came of it; null until recorded. */
  managementReview: ManagementReviewResponse | null;
}

/** One team's row in a cohort's overview, for each assignment activity of the course. */
export interface TeamAssignmentSummary {
  organizationId: string;
  organizationName: string;
  activityId: string;
  activityTitle: string;
  members: number;
  submissionId: string | null;
  status: AssignmentStatus | 'not_started';
  version: number;
  submittedAt: string | null;
  updatedAt: string | null;
}

export interface UpdateAssignmentRequest {
  body: string;
}

export interface ReviewAssignmentRequest {
  decision: ReviewDecision;
  /** Required when asking for a revision. */
  comment?: string;
}

export interface CreateAssignmentCommentRequest {
  body: string;
}

/** What the team's management team made of the development task. */
export const MANAGEMENT_REVIEW_OUTCOMES = ['endorsed', 'changes_requested', 'noted'] as const;
export type ManagementReviewOutcome = (typeof MANAGEMENT_REVIEW_OUTCOMES)[number];

export interface ManagementReviewRequest {
  /** YYYY-MM-DD, not after today in Finland. */
  presentedOn: string;
  outcome: ManagementReviewOutcome;
  note?: string;
}

export interface ManagementReviewResponse {
  presentedOn: string;
  outcome: ManagementReviewOutcome;
  note: string | null;
  /** Who recorded it (null once they are erased). */
  recordedBy: { id: string; fullName: string } | null;
  recordedAt: string;
}
