/** One of the caller's certificates (`GET /api/me/certificates`). */
export interface CertificateResponse {
  code: string;
  enrollmentId: string;
  cohortId: string;
  courseTitle: string;
  issuedAt: string;
}

/** What anyone holding the code may verify (`GET /api/certificates/:code`), and nothing more. */
export interface CertificateVerification {
  code: string;
  fullName: string;
  courseTitle: string;
  cohortName: string;
  /** `YYYY-MM-DD`, the day the enrolment was completed (Finnish time). */
  completedOn: string;
}
