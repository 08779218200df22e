import type { EmailMessageResponse, NotificationResponse } from '@keino/contracts';

import type { EmailRow } from './repositories/email-messages.repository';
import type { NotificationRow } from './repositories/notifications.repository';

export const toNotification = (r: NotificationRow): NotificationResponse => ({
  id: r.id,
  kind: r.kind,
  payload: r.payload,
  createdAt: r.created_at.toISOString(),
  readAt: r.read_at?.toISOString() ?? null,
});

export const toEmail = (r: EmailRow): EmailMessageResponse => ({
  id: r.id,
  notificationId: r.notification_id,
  toAddress: r.to_address,
  subject: r.subject,
  body: r.body,
  status: r.status,
  attempts: r.attempts,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  sentAt: r.sent_at?.toISOString() ?? null,
});
