import type { Locale, Role } from './roles';

export interface UserResponse {
  id: string;
  email: string;
  fullName: string;
  locale: Locale;
  organizationId: string | null;
  roles: Role[];
  regions: string[];
  /** Whether the person proved their address (existing accounts count as verified). */
  emailVerified: boolean;
  /** The organisation a membership request of theirs waits on, else null. */
  pendingOrganizationId: string | null;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/** Without `refreshToken`, the refresh token comes from the session cookie (`keino_refresh`). */
export interface RefreshRequest {
  refreshToken?: string;
}

export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  user: UserResponse;
}

export interface RegisterRequest {
  email: string;
  password: string;
  fullName: string;
  /** Without a verified email domain of it or an invitation, this files a membership request. */
  organizationId?: string;
  locale?: Locale;
  /** An invitation's token for this same email: the person is a member at once, their email verified. */
  invitationToken?: string;
}

export interface UpdateUserRequest {
  roles?: Role[];
  organizationId?: string | null;
  regions?: string[];
}

/** What a signed-in user may change about themselves. */
export interface UpdateProfileRequest {
  fullName?: string;
  locale?: Locale;
}

/** Answers a fresh token pair; every other session of the account ends. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Everything the academy holds about one person (`GET /api/auth/me/data`), for the right of access. */
export interface PersonalDataExport {
  exportedAt: string;
  account: UserResponse & { createdAt: string };
  organization: { id: string; name: string; businessId: string } | null;
  enrollments: {
    id: string;
    cohortId: string;
    cohortName: string;
    courseTitle: string;
    status: string;
    createdAt: string;
    completedAt: string | null;
  }[];
  progress: {
    enrollmentId: string;
    activityId: string;
    activityTitle: string | null;
    state: string;
    completedAt: string | null;
    updatedAt: string;
  }[];
  certificates: { code: string; enrollmentId: string; completedOn: string; issuedAt: string }[];
  casesWritten: { caseId: string; title: string; status: string; createdAt: string }[];
  caseComments: { caseId: string; body: string; createdAt: string }[];
  /** Applications to calls the person started or submitted for their organisation. */
  callApplications: {
    applicationId: string;
    callId: string;
    status: string;
    createdAt: string;
    submittedAt: string | null;
  }[];
  /** Reviews the person wrote as a call's reviewer. */
  applicationReviews: {
    applicationId: string;
    scores: Record<string, number>;
    comment: string;
    updatedAt: string;
  }[];
  notifications: {
    kind: string;
    payload: Record<string, unknown>;
    createdAt: string;
    readAt: string | null;
  }[];
  /** Emails written to the person (the outbox, or sent). */
  emails: {
    toAddress: string;
    subject: string;
    body: string;
    status: string;
    createdAt: string;
    sentAt: string | null;
  }[];
  /** Maturity self-assessment answers, per enrolment, phase and dimension. */
  assessmentAnswers: {
    enrollmentId: string;
    phase: string;
    dimensionId: string;
    dimension: string;
    level: number;
    answeredAt: string;
  }[];
  /** Comments on team assignments, and files the person attached to them (the files stay with the team). */
  assignmentComments: { submissionId: string; body: string; decision: string | null; createdAt: string }[];
  assignmentUploads: {
    submissionId: string;
    fileName: string;
    mediaType: string;
    size: number;
    createdAt: string;
  }[];
  /**
   * Small groups: the groups the person coaches, the teams they mentor, their attendance at group meetings, and the
   * management-team reviews they recorded.
   */
  smallGroups: {
    coaching: { groupId: string; cohortId: string; name: string }[];
    mentoring: { cohortId: string; organizationId: string; assignedAt: string }[];
    attendance: { meetingId: string; title: string; startsAt: string; attended: boolean }[];
  };
  managementReviews: { submissionId: string; presentedOn: string; outcome: string; recordedAt: string }[];
  /** Sign-ins and the devices they were on (the refresh tokens themselves are never stored in clear). */
  sessions: {
    device: string;
    createdAt: string;
    lastUsedAt: string;
    expiresAt: string;
    revokedAt: string | null;
  }[];
  /** The person's identities at organisations' identity providers, bound to this account (single sign-on). */
  signInIdentities: { issuer: string; subject: string; createdAt: string; lastUsedAt: string }[];
  /** Posts the person wrote in developer groups' discussions (hidden ones too), and documents they shared. */
  developerGroupPosts: { threadId: string; body: string; hidden: boolean; createdAt: string }[];
  developerGroupDocuments: { documentId: string; name: string; version: number; uploadedAt: string }[];
  /** Requests to join an organisation, waiting or decided. */
  membershipRequests: {
    organizationId: string;
    status: string;
    createdAt: string;
    decidedAt: string | null;
  }[];
  /** Audit events the person caused or that concern them or their enrolments. */
  auditEvents: { action: string; subjectType: string; createdAt: string; details: Record<string, unknown> }[];
}
