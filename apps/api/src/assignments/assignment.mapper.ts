import type {
  AssignmentAttachmentResponse,
  AssignmentCommentResponse,
  AssignmentResponse,
  TeamAssignmentSummary,
} from '@keino/contracts';

import type { AttachmentRow } from './repositories/attachments.repository';
import type { CohortTeamRow } from './repositories/cohort-teams.repository';
import type { CommentRow } from './repositories/comments.repository';
import type { SubmissionAccessRow, SubmissionViewRow } from './repositories/submissions.repository';

// JSON built in SQL carries times as text; the answer carries ISO strings like every other time.
const iso = (text: string): string => new Date(text).toISOString();

export const toAttachment = (r: AttachmentRow): AssignmentAttachmentResponse => ({
  id: r.id,
  fileName: r.file_name,
  mediaType: r.media_type,
  size: r.size_bytes,
  sha256: r.sha256,
  uploadedByName: r.uploaded_by_name || null,
  createdAt: r.created_at.toISOString(),
});

export const toComment = (r: CommentRow): AssignmentCommentResponse => ({
  id: r.id,
  authorName: r.author_name,
  body: r.body,
  decision: r.decision,
  version: r.version,
  createdAt: r.created_at.toISOString(),
});

/** The submission's page: its state (from the access check), its content and what the caller may do with it. */
export const toAssignment = (
  access: SubmissionAccessRow,
  view: SubmissionViewRow,
  attachments: AttachmentRow[],
  may: { edit: boolean; review: boolean },
): AssignmentResponse => ({
  id: access.id,
  cohortId: access.cohort_id,
  cohortName: view.cohort_name,
  organizationId: access.organization_id,
  organizationName: view.organization_name,
  activityId: access.activity_id,
  activityTitle: view.activity_title ?? '',
  activityContent: view.activity_content ?? '',
  status: access.status,
  body: view.body,
  version: access.version,
  updatedAt: view.updated_at.toISOString(),
  updatedByName: view.updated_by_name || null,
  submittedAt: view.submitted_at?.toISOString() ?? null,
  members: view.members,
  attachments: attachments.map(toAttachment),
  versions: view.versions.map((v) => ({ ...v, submittedAt: iso(v.submittedAt) })),
  comments: view.comments.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
  canEdit: may.edit,
  canReview: may.review,
  managementReview: view.management_review
    ? { ...view.management_review, recordedAt: iso(view.management_review.recordedAt) }
    : null,
});

export const toTeamSummary = (r: CohortTeamRow): TeamAssignmentSummary => ({
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  activityId: r.activity_id,
  activityTitle: r.activity_title,
  members: r.members,
  submissionId: r.submission_id,
  status: r.status,
  version: r.version,
  submittedAt: r.submitted_at?.toISOString() ?? null,
  updatedAt: r.updated_at?.toISOString() ?? null,
});
