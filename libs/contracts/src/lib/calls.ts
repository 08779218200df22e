import type { OrganizationKind, RegionCode } from './organizations';

/** API.md "Calls for applications and selection". */
export const CALL_STATUSES = ['scheduled', 'open', 'closed'] as const;
/** By the clock: before `opensAt`, between `opensAt` and `closesAt`, after `closesAt`. */
export type CallStatus = (typeof CALL_STATUSES)[number];

export const APPLICATION_STATUSES = ['draft', 'submitted', 'accepted', 'rejected', 'reserve'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_DECISIONS = ['accepted', 'rejected', 'reserve'] as const;
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];

export const TEAM_ROLES = ['lead', 'expert', 'management'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Limits the API checks and the web form shows. */
export const CALL_LIMITS = {
  criteria: 12,
  weight: 10,
  team: 15,
  score: 5,
  comment: 4000,
  message: 4000,
  richText: 20_000,
} as const;

export interface CallCriterion {
  /** Unique within the call; a review scores each key. */
  key: string;
  title: string;
  /** 1–10. */
  weight: number;
}

export interface CreateCallRequest {
  cohortId: string;
  title: string;
  opensAt: string;
  closesAt: string;
  maxOrganizations: number;
  criteria: CallCriterion[];
}

export interface CallReviewer {
  userId: string;
  fullName: string;
}

export interface CallResponse {
  id: string;
  cohortId: string;
  cohortName: string;
  title: string;
  opensAt: string;
  closesAt: string;
  maxOrganizations: number;
  criteria: CallCriterion[];
  status: CallStatus;
  /** How many applications are accepted now. */
  accepted: number;
  /** The caller's organisation's application to this call, if any. */
  myApplicationId: string | null;
  /** Whether the caller reviews this call. */
  isReviewer: boolean;
  /** Admins only (empty for everyone else). */
  reviewers: CallReviewer[];
}

/** The manager who commits the organisation. */
export interface ApplicationSponsor {
  fullName: string;
  title: string;
  email: string;
}

export interface TeamMember {
  fullName: string;
  email: string;
  role: TeamRole;
}

export interface ApplicationInput {
  /** Rich text: the development task the team proposes. */
  developmentTask: string;
  motivation: string;
  sponsor: ApplicationSponsor;
  team: TeamMember[];
}

export type CreateApplicationRequest = Partial<ApplicationInput>;

export interface UpdateApplicationRequest extends Partial<ApplicationInput> {
  /** The `version` of the answer the editor started from. */
  version?: number;
}

export interface ApplicationReviewResponse {
  reviewerId: string;
  /** Admins see who; a reviewer sees their own name only. */
  reviewerName: string | null;
  scores: Record<string, number>;
  comment: string;
  /** Σ(score × weight) / Σ weight, rounded to two decimals. */
  weightedScore: number;
  updatedAt: string;
}

export interface ApplicationOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  region: RegionCode;
}

export interface ApplicationResponse extends ApplicationInput {
  id: string;
  callId: string;
  organizationId: string;
  organization: ApplicationOrganization;
  status: ApplicationStatus;
  version: number;
  submittedAt: string | null;
  decisionMessage: string | null;
  decidedAt: string | null;
  updatedAt: string;
  /** Reviewers and admins only (absent for everyone else). */
  reviews?: ApplicationReviewResponse[];
  /** Reviewers and admins only: the mean of the reviews' weighted scores, null without reviews. */
  score?: number | null;
  /** What is still missing before it can be submitted (field names). */
  missing: string[];
}

export interface SubmitApplicationResponse {
  id: string;
  status: 'submitted';
  submittedAt: string;
}

export interface AddReviewerRequest {
  userId: string;
}

export interface ReviewRequest {
  scores: Record<string, number>;
  comment?: string;
}

export interface DecisionRequest {
  decision: ApplicationDecision;
  message?: string;
}

export interface ApplicationSummary {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  region: RegionCode;
  status: ApplicationStatus;
  submittedAt: string | null;
  reviewCount: number;
  /** Admins and reviewers only; null for others and without reviews. */
  score: number | null;
}
