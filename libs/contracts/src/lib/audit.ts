export const AUDIT_ACTIONS = [
  'user.roles_changed',
  'user.erased',
  'enrollment.status_changed',
  'course.published',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventResponse {
  id: string;
  actorId: string | null;
  action: AuditAction;
  subjectType: 'user' | 'enrollment' | 'course';
  subjectId: string;
  details: Record<string, unknown>;
  createdAt: string;
}
