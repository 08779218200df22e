import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  EmailMessageResponse,
  EmailStatus,
  ListResponse,
  NotificationListResponse,
  NotificationResponse,
  ReminderRunResponse,
} from '@keino/contracts';

/** HTTP only: the caller's notifications, and the admins' outbox and reminder run. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(offset: number, limit: number) {
    return this.http.get<NotificationListResponse>('/api/me/notifications', { params: { offset, limit } });
  }

  read(id: string) {
    return this.http.post<NotificationResponse>(`/api/me/notifications/${id}/read`, {});
  }

  readAll() {
    return this.http.post<{ updated: number }>('/api/me/notifications/read-all', {});
  }

  outbox(status: EmailStatus | '', q: string, offset: number, limit: number) {
    const params: Record<string, string | number> = { offset, limit };
    if (q.trim()) params['q'] = q.trim();
    if (status) params['status'] = status;
    return this.http.get<ListResponse<EmailMessageResponse>>('/api/admin/outbox', { params });
  }

  runReminders() {
    return this.http.post<ReminderRunResponse>('/api/admin/reminders/run', {});
  }
}
