export const AUDIT_ACTIONS = [
  'user.roles_changed',
  'user.erased',
  'user.sessions_ended',
  'user.membership_approved',
  'enrollment.status_changed',
  'course.published',
  'assignment.submitted',
  'assignment.reviewed',
  'application.submitted',
  'application.decided',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventResponse {
  id: string;
  actorId: string | null;
  action: AuditAction;
  subjectType: 'user' | 'enrollment' | 'course' | 'assignment' | 'application';
  subjectId: string;
  details: Record<string, unknown>;
  createdAt: string;
  /** Names to show, read when the log is listed: null for the system or an erased account. */
  actorName: string | null;
  /** The user (role changes), the enrolled participant (enrolments) or the course title (publications). */
  subjectName: string | null;
  /** The cohort of an enrolment; null for other events. */
  cohortName: string | null;
}
