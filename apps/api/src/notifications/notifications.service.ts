import { Inject, Injectable } from '@nestjs/common';
import type {
  EmailMessageResponse,
  EmailStatus,
  ListResponse,
  Locale,
  NotificationListResponse,
  NotificationResponse,
  ReminderKind,
} from '@keino/contracts';

import type { EntityManager } from 'typeorm';

import { likePattern, PageQueryDto } from '../common/pagination/page.query';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ListOutboxQuery } from './dto/list-outbox.query';
import { toEmail, toNotification } from './notification.mapper';
import { renderEmail } from './notification-texts';
import { notificationErrors } from './notifications.errors';
import { EmailMessagesRepository } from './repositories/email-messages.repository';
import { ImportedNotification, NotificationsRepository } from './repositories/notifications.repository';
import { CandidateSelect, SCANS } from './repositories/reminder-candidates';

/** An email of its own, to a person (userId) or to an address without an account yet (userId null). */
export interface DirectEmail {
  userId: string | null;
  toAddress: string;
  subject: string;
  body: string;
}

/** What one delivery created: the notifications, and the emails still to be handed to the mail server. */
export interface Delivered {
  created: number;
  emailIds: string[];
}

/** A notification of seeded history with the person it went to; its email is rendered as `deliver` would. */
export interface SeededNotification extends ImportedNotification {
  recipient: { email: string; fullName: string; locale: Locale };
}

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
    private readonly notifications: NotificationsRepository,
    private readonly emails: EmailMessagesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Inserts the candidates (user_id, kind, payload, dedupe_key) whose key is free, and their emails; `email: false`
   * for notifications shown in the app only (their owner sends a digest instead).
   */
  async deliver(candidates: CandidateSelect, options: { email?: boolean } = {}): Promise<Delivered> {
    return this.notifications.transaction(async (tx) => {
      const rows = await this.notifications.insertCandidates(tx, candidates);
      if (rows.length === 0 || options.email === false) return { created: rows.length, emailIds: [] };
      // Without a mail server the message stays in the outbox, where admins read it.
      const status: EmailStatus = this.config.smtpUrl ? 'queued' : 'outbox';
      const emailIds = await this.emails.insert(
        tx,
        rows.map((r) => {
          const text = renderEmail(r.kind, r.locale, r.payload, r.full_name, this.config.publicUrl);
          return { notificationId: r.id, userId: r.user_id, toAddress: r.email, ...text };
        }),
        status,
      );
      return { created: rows.length, emailIds: status === 'queued' ? emailIds : [] };
    });
  }

  /**
   * Emails that are no notification (a link to verify an address or reset a password, an invitation), written in the
   * caller's transaction so that a link exists only with its email. Answers the ids to hand to
   * `ReminderJobsService.sendEmails` once that transaction commits (none without a mail server: they stay in the outbox).
   */
  async queueEmails(tx: EntityManager, emails: DirectEmail[]): Promise<string[]> {
    if (emails.length === 0) return [];
    const status: EmailStatus = this.config.smtpUrl ? 'queued' : 'outbox';
    const ids = await this.emails.insert(
      tx,
      emails.map((e) => ({ notificationId: null, ...e })),
      status,
    );
    return status === 'queued' ? ids : [];
  }

  /**
   * Seeding contract (demo data): notifications that went out earlier, unread, each with its email at the same time.
   * The emails stay in the outbox (never handed to a mail server); the dedupe keys are the caller's, so they should be
   * the ones the reminders would use.
   */
  async importHistory(items: SeededNotification[]): Promise<void> {
    await this.notifications.transaction(async (tx) => {
      const ids = await this.notifications.importHistory(tx, items);
      const emails = items.map((item, i) => ({
        notificationId: ids[i],
        userId: item.userId,
        toAddress: item.recipient.email,
        createdAt: item.createdAt,
        ...renderEmail(
          item.kind,
          item.recipient.locale,
          item.payload,
          item.recipient.fullName,
          this.config.publicUrl,
        ),
      }));
      await this.emails.insert(tx, emails, 'outbox');
    });
  }

  /** The day's scheduled reminders, kind by kind; each kind is one set-based insert. */
  async scan(day: string): Promise<{ created: Record<ReminderKind, number>; emailIds: string[] }> {
    const created = { module_released: 0, workshop_tomorrow: 0, cohort_ending: 0, follow_up_open: 0 };
    const emailIds: string[] = [];
    for (const kind of Object.keys(SCANS) as ReminderKind[]) {
      const result = await this.deliver(SCANS[kind](day));
      created[kind] = result.created;
      emailIds.push(...result.emailIds);
    }
    return { created, emailIds };
  }

  /** Emails that should have reached the mail server but did not (a crash, a restart while queued). */
  queuedEmailIds(): Promise<string[]> {
    return this.emails.stuckQueuedIds();
  }

  async list(userId: string, page: PageQueryDto): Promise<NotificationListResponse> {
    const [rows, counts] = await Promise.all([
      this.notifications.page(userId, page.limit, page.offset),
      this.notifications.counts(userId),
    ]);
    return { items: rows.map(toNotification), total: counts.total, unread: counts.unread };
  }

  /** Marks one of the caller's notifications read; another person's answers as if it did not exist. */
  async read(userId: string, id: string): Promise<NotificationResponse> {
    const row = await this.notifications.markRead(userId, id);
    if (!row) throw notificationErrors.notFound();
    return toNotification(row);
  }

  async readAll(userId: string): Promise<{ updated: number }> {
    return { updated: await this.notifications.markAllRead(userId) };
  }

  async outbox(query: ListOutboxQuery): Promise<ListResponse<EmailMessageResponse>> {
    const rows = await this.emails.outbox({
      status: query.status ?? null,
      pattern: query.q?.trim() ? likePattern(query.q) : null,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toEmail), total: rows.length ? Number(rows[0].total) : 0 };
  }
}
