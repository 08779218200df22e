/**
 * Every `code` an error answer can carry, with the HTTP status it always comes with (API.md "Conventions").
 * The API's `AppError` takes only these codes and reads its status from here; the web app shows a message for each.
 * Adding a code is a contract change: give it a status here and a message in fi, sv and en.
 */
export const ERROR_STATUS = {
  // any module
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  // the tests' check that an operation documents the codes it answers (never in production)
  UNDOCUMENTED_ERROR: 500,
  // accounts
  EMAIL_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  INVALID_REFRESH_TOKEN: 401,
  WRONG_PASSWORD: 400,
  CANNOT_ERASE_SELF: 409,
  ORGANIZATION_NOT_FOUND: 400,
  // accounts: proved membership
  INVALID_LINK: 400,
  ALREADY_MEMBER: 409,
  INVITATION_EXISTS: 409,
  INVITATION_FOR_ANOTHER_EMAIL: 403,
  MEMBER_OF_ANOTHER_ORGANIZATION: 409,
  MEMBERSHIP_REQUEST_EXISTS: 409,
  REQUEST_DECIDED: 409,
  // organizations
  DUPLICATE_BUSINESS_ID: 409,
  DOMAIN_TAKEN: 409,
  // sso
  ISSUER_UNREACHABLE: 400,
  NO_IDENTITY_PROVIDER: 404,
  IDENTITY_PROVIDER_EXISTS: 409,
  // courses
  NOT_COURSE_TRAINER: 403,
  NOT_A_TRAINER: 400,
  NO_REQUIRED_ACTIVITY: 409,
  REORDER_MISMATCH: 400,
  COURSE_NOT_PUBLISHED: 409,
  // cohorts
  NOT_COHORT_TRAINER: 403,
  CAPACITY_BELOW_SEATS: 409,
  WORKSHOP_OUTSIDE_COHORT: 400,
  WORKSHOP_DATE_REQUIRED: 400,
  COHORT_NAME_TAKEN: 409,
  UNKNOWN_WORKSHOP: 400,
  UNKNOWN_MODULE: 400,
  // enrollments
  ALREADY_ENROLLED: 409,
  ENROLLMENT_CLOSED: 409,
  ENROLLMENT_NOT_ACTIVE: 409,
  COHORT_ENDED: 409,
  NOT_SAME_ORGANIZATION: 403,
  NO_ORGANIZATION: 409,
  // progress
  MODULE_NOT_RELEASED: 409,
  COMPLETED_BY_APPROVAL: 403,
  COMPLETED_BY_ANSWERS: 409,
  ATTENDANCE_BY_TRAINER: 403,
  // reports
  REPORT_FORBIDDEN: 403,
  // assignments
  ASSIGNMENT_LOCKED: 409,
  ASSIGNMENT_EMPTY: 409,
  INVALID_TRANSITION: 409,
  NOT_SUBMITTED: 409,
  NOT_TEAM_MEMBER: 403,
  OWN_TEAM: 403,
  COMMENT_REQUIRED: 400,
  EMPTY_FILE: 400,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  // assessments
  MODEL_CHANGED: 409,
  DUPLICATE_DIMENSION: 400,
  UNKNOWN_DIMENSION: 400,
  ASSESSMENT_INCOMPLETE: 400,
  FOLLOW_UP_NOT_OPEN: 409,
  FOLLOW_UP_CLOSED: 409,
  // cases
  CASE_INCOMPLETE: 409,
  // procurements
  PROCUREMENT_NOT_COMPLETED: 409,
  CASE_ALREADY_CREATED: 409,
  // small groups, coaches and mentors
  NOT_STAFF: 409,
  ORGANIZATION_IN_OTHER_GROUP: 409,
  NOT_IN_COHORT: 409,
  // developer groups (NOT_STAFF above is shared with calls and developer groups)
  ALREADY_GROUP_MEMBER: 409,
  JOIN_REQUEST_EXISTS: 409,
  ALREADY_REGISTERED: 409,
  // calls for applications
  CALL_CLOSED: 409,
  CALL_FULL: 409,
  APPLICATION_EXISTS: 409,
  APPLICATION_SUBMITTED: 409,
  APPLICATION_INCOMPLETE: 409,
  STALE_VERSION: 409,
  CONFLICT_OF_INTEREST: 409,
  ALREADY_DECIDED: 409,
  NOT_REVIEWER: 403,
} as const satisfies Record<string, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The codes, in the order above. */
export const ERROR_CODES = Object.keys(ERROR_STATUS) as readonly ErrorCode[];

/** The body of every error answer (API.md "Conventions"). */
export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string | string[];
  code: ErrorCode;
}

/** The code of an error answer, or undefined when the value is not one (a network failure, a proxy's page). */
export function errorCodeOf(body: unknown): ErrorCode | undefined {
  const code = (body as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in ERROR_STATUS ? (code as ErrorCode) : undefined;
}
