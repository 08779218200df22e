import type {
  ApplicationResponse,
  ApplicationReviewResponse,
  ApplicationSummary,
  CallResponse,
  CallReviewer,
} from '@keino/contracts';

import type { ApplicationRow } from './repositories/applications.repository';
import type { CallRow } from './repositories/calls.repository';
import type { ApplicationSummaryRow, ReviewRow } from './repositories/reviews.repository';
import { roundScore } from './weighted-score';

export const toCallResponse = (r: CallRow, reviewers: CallReviewer[] = []): CallResponse => ({
  id: r.id,
  cohortId: r.cohort_id,
  cohortName: r.cohort_name,
  title: r.title,
  opensAt: r.opens_at.toISOString(),
  closesAt: r.closes_at.toISOString(),
  maxOrganizations: r.max_organizations,
  criteria: r.criteria,
  status: r.status,
  accepted: r.accepted,
  myApplicationId: r.my_application_id,
  isReviewer: r.is_reviewer,
  reviewers,
});

/** `reviewerName` only where the reader may know who reviewed (admins; a reviewer their own). */
export const toReview = (r: ReviewRow, showName: boolean): ApplicationReviewResponse => ({
  reviewerId: r.reviewer_id,
  reviewerName: showName ? r.reviewer_name : null,
  scores: r.scores,
  comment: r.comment,
  weightedScore: roundScore(r.weighted_score) ?? 0,
  updatedAt: r.updated_at.toISOString(),
});

/** The mean of the reviews' unrounded weighted scores, rounded; null without reviews. */
export const meanScore = (reviews: ReviewRow[]): number | null =>
  reviews.length === 0
    ? null
    : roundScore(reviews.reduce((sum, r) => sum + r.weighted_score, 0) / reviews.length);

export const toApplicationResponse = (
  r: ApplicationRow,
  missing: string[],
  staff?: { reviews: ApplicationReviewResponse[]; score: number | null },
): ApplicationResponse => ({
  id: r.id,
  callId: r.call_id,
  organizationId: r.organization_id,
  organization: {
    id: r.organization_id,
    name: r.organization_name,
    kind: r.organization_kind,
    region: r.region,
  },
  status: r.status,
  version: r.version,
  developmentTask: r.development_task,
  motivation: r.motivation,
  sponsor: r.sponsor,
  team: r.team,
  submittedAt: r.submitted_at?.toISOString() ?? null,
  decisionMessage: r.decision_message,
  decidedAt: r.decided_at?.toISOString() ?? null,
  updatedAt: r.updated_at.toISOString(),
  missing,
  ...(staff ? { reviews: staff.reviews, score: staff.score } : {}),
});

export const toApplicationSummary = (r: ApplicationSummaryRow, showScore: boolean): ApplicationSummary => ({
  id: r.id,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  organizationKind: r.organization_kind,
  region: r.region,
  status: r.status,
  submittedAt: r.submitted_at?.toISOString() ?? null,
  reviewCount: r.review_count,
  score: showScore ? roundScore(r.score) : null,
});
