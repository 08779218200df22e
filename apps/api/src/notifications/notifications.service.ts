import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  EmailMessageResponse,
  EmailStatus,
  ListResponse,
  Locale,
  NotificationKind,
  NotificationListResponse,
  NotificationPayload,
  NotificationResponse,
  ReminderKind,
} from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ListOutboxQuery } from './dto/list-outbox.query';
import { likePattern, PageQueryDto } from '../common/pagination/page.query';
import { renderEmail } from './notification-texts';
import { COHORT_ENDING, MODULE_RELEASED, WORKSHOP_TOMORROW } from './reminder-queries';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  created_at: Date;
  read_at: Date | null;
  total?: string;
}

interface InsertedRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  email: string;
  full_name: string;
  locale: Locale;
}

interface EmailRow {
  id: string;
  notification_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  status: EmailStatus;
  attempts: number;
  error: string | null;
  created_at: Date;
  sent_at: Date | null;
  total?: string;
}

/** What one delivery created: the notifications, and the emails still to be handed to the mail server. */
export interface Delivered {
  created: number;
  emailIds: string[];
}

const SCANS: Record<ReminderKind, string> = {
  module_released: MODULE_RELEASED,
  workshop_tomorrow: WORKSHOP_TOMORROW,
  cohort_ending: COHORT_ENDING,
};

const toNotification = (r: NotificationRow): NotificationResponse => ({
  id: r.id,
  kind: r.kind,
  payload: r.payload,
  createdAt: r.created_at.toISOString(),
  readAt: r.read_at?.toISOString() ?? null,
});

const toEmail = (r: EmailRow): EmailMessageResponse => ({
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

/** Today in Finland, `YYYY-MM-DD`: the reminders' day turns at Finnish midnight whatever the server's zone. */
export function helsinkiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}

/**
 * Notifications and their emails in the database. Every notification is written by `deliver`, whose INSERT skips a
 * taken dedupe key: only the writer of a new notification writes its email, in the same transaction, so a repeated
 * event, a second scan or a second instance racing this one sends nothing twice.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Inserts the candidates that `select` yields (user_id, kind, payload, dedupe_key) and their emails. */
  async deliver(select: string, params: unknown[]): Promise<Delivered> {
    return this.db.transaction(async (tx) => {
      const rows = (await tx.query(
        `WITH candidates AS (${select}),
         inserted AS (
           INSERT INTO notifications (user_id, kind, payload, dedupe_key)
           SELECT user_id, kind, payload, dedupe_key FROM candidates
           ON CONFLICT (dedupe_key) DO NOTHING
           RETURNING id, user_id, kind, payload
         )
         SELECT i.id, i.user_id, i.kind, i.payload, u.email, u.full_name, u.locale
         FROM inserted i JOIN users u ON u.id = i.user_id`,
        params,
      )) as InsertedRow[];
      if (rows.length === 0) return { created: 0, emailIds: [] };
      const texts = rows.map((r) => renderEmail(r.kind, r.locale, r.payload, r.full_name));
      // Without a mail server the message stays in the outbox, where admins read it.
      const status: EmailStatus = this.config.smtpUrl ? 'queued' : 'outbox';
      const emails = (await tx.query(
        `INSERT INTO email_messages (notification_id, user_id, to_address, subject, body, status)
         SELECT n, u, a, s, b, $6 FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS x(n, u, a, s, b)
         RETURNING id`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.user_id),
          rows.map((r) => r.email),
          texts.map((t) => t.subject),
          texts.map((t) => t.body),
          status,
        ],
      )) as { id: string }[];
      return { created: rows.length, emailIds: status === 'queued' ? emails.map((e) => e.id) : [] };
    });
  }

  /** The day's scheduled reminders, kind by kind; each kind is one set-based insert. */
  async scan(day: string): Promise<{ created: Record<ReminderKind, number>; emailIds: string[] }> {
    const created = { module_released: 0, workshop_tomorrow: 0, cohort_ending: 0 };
    const emailIds: string[] = [];
    for (const kind of Object.keys(SCANS) as ReminderKind[]) {
      const result = await this.deliver(SCANS[kind], [day]);
      created[kind] = result.created;
      emailIds.push(...result.emailIds);
    }
    return { created, emailIds };
  }

  /** Emails that should have reached the mail server but did not (a crash, a restart while queued). */
  async queuedEmailIds(): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT id FROM email_messages
       WHERE status = 'queued' AND (claimed_at IS NULL OR claimed_at < now() - interval '10 minutes')
       ORDER BY created_at LIMIT 1000`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async list(userId: string, page: PageQueryDto): Promise<NotificationListResponse> {
    const [rows, [counts]] = await Promise.all([
      this.db.query(
        `SELECT id, kind, payload, created_at, read_at FROM notifications
         WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
        [userId, page.limit, page.offset],
      ) as Promise<NotificationRow[]>,
      this.db.query(
        `SELECT count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread
         FROM notifications WHERE user_id = $1`,
        [userId],
      ) as Promise<{ total: number; unread: number }[]>,
    ]);
    return { items: rows.map(toNotification), total: counts.total, unread: counts.unread };
  }

  /** Marks one of the caller's notifications read; another person's answers as if it did not exist. */
  async read(userId: string, id: string): Promise<NotificationResponse> {
    const [[row]] = (await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now())
       WHERE id = $1 AND user_id = $2
       RETURNING id, kind, payload, created_at, read_at`,
      [id, userId],
    )) as [NotificationRow[], number];
    if (!row) throw new AppError('NOT_FOUND', 'Notification not found');
    return toNotification(row);
  }

  async readAll(userId: string): Promise<{ updated: number }> {
    // An UPDATE answers [rows, count]: the count is all we need.
    const [, updated] = (await this.db.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    )) as [unknown, number];
    return { updated };
  }

  async outbox(query: ListOutboxQuery): Promise<ListResponse<EmailMessageResponse>> {
    const rows = (await this.db.query(
      `SELECT id, notification_id, to_address, subject, body, status, attempts, error, created_at, sent_at,
              count(*) OVER () AS total
       FROM email_messages
       WHERE ($1::text IS NULL OR status = $1)
         AND ($4::text IS NULL OR to_address ILIKE $4 OR subject ILIKE $4)
       ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [query.status ?? null, query.limit, query.offset, query.q?.trim() ? likePattern(query.q) : null],
    )) as EmailRow[];
    return { items: rows.map(toEmail), total: rows.length ? Number(rows[0].total) : 0 };
  }
}
