import type { ListResponse } from './lists';

/** What a notification tells; each kind has its text in fi/sv/en (web: `notifications.kinds.*`, server: email). */
export const NOTIFICATION_KINDS = [
  'enrollment_approved',
  'enrollment_waitlisted',
  'enrollment_promoted',
  'module_released',
  'workshop_tomorrow',
  'revision_requested',
  'assignment_approved',
  'cohort_ending',
  'membership_requested',
  'thread_reply',
  'application_decided',
  'follow_up_open',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * The facts a notification's text needs; each kind fills the ones it names. Every kind but `membership_requested` is
 * about a cohort (cohortId, cohortName, courseTitle); that one is about an organisation's membership request.
 */
export interface NotificationPayload {
  cohortId?: string;
  /** The recipient's enrolment, for a link to the course. */
  enrollmentId?: string;
  cohortName?: string;
  courseTitle?: string;
  moduleTitle?: string;
  activityId?: string;
  activityTitle?: string;
  /** ISO 8601 UTC: a workshop's start. */
  startsAt?: string;
  location?: string | null;
  /** `YYYY-MM-DD`: the day a module opens or a cohort ends; follow_up_open: the last day to answer. */
  date?: string;
  /** cohort_ending: required activities done, and expected by now. */
  completedRequired?: number;
  expectedRequired?: number;
  submissionId?: string;
  /** The assignment version reviewed. */
  version?: number | null;
  /** membership_requested: the request, its organisation and the person who asks. */
  requestId?: string;
  organizationId?: string;
  organizationName?: string;
  requesterName?: string;
  /** thread_reply: the developer group's thread a reply came to, and who wrote it. */
  threadId?: string;
  threadTitle?: string;
  groupName?: string;
  authorName?: string;
  /** application_decided: the application, its call and what was decided (and the admins' message). */
  applicationId?: string;
  callId?: string;
  callTitle?: string;
  decision?: 'accepted' | 'rejected' | 'reserve';
  message?: string | null;
}

export interface NotificationResponse {
  id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  createdAt: string;
  readAt: string | null;
}

/** `GET /api/me/notifications`: a page of the caller's notifications, newest first, and how many are unread. */
export interface NotificationListResponse extends ListResponse<NotificationResponse> {
  unread: number;
}

/** `outbox`: held in the app (no SMTP_URL); `queued`: waiting for the mail server; `sent`; `failed` after retries. */
export const EMAIL_STATUSES = ['outbox', 'queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** One email of `GET /api/admin/outbox`. */
export interface EmailMessageResponse {
  id: string;
  notificationId: string | null;
  toAddress: string;
  subject: string;
  body: string;
  status: EmailStatus;
  attempts: number;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** The scheduled reminder kinds, run once a day. */
export const REMINDER_KINDS = [
  'module_released',
  'workshop_tomorrow',
  'cohort_ending',
  'follow_up_open',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** `POST /api/me/notifications/read-all`: how many notifications were unread and are read now. */
export interface ReadAllNotificationsResponse {
  updated: number;
}

/** `POST /api/admin/reminders/run`: the day scanned and the notifications created now, per kind. */
export interface ReminderRunResponse {
  day: string;
  created: Record<ReminderKind, number>;
}
