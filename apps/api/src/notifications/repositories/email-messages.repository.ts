import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EmailStatus } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';

export interface EmailRow {
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
  total: string;
}

export interface ClaimedEmailRow {
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

interface IdRow {
  id: string;
}

/**
 * One email, its text rendered: a notification's, or one of its own (an emailed link, an invitation to someone who
 * may have no account yet); `createdAt` only for seeded history (else now).
 */
export interface NewEmail {
  notificationId: string | null;
  userId: string | null;
  toAddress: string;
  subject: string;
  body: string;
  createdAt?: Date;
}

export interface OutboxFilter {
  status: EmailStatus | null;
  /** A LIKE pattern over address and subject. */
  pattern: string | null;
  limit: number;
  offset: number;
}

/** The only code that reads and writes email_messages. */
@Injectable()
export class EmailMessagesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, emails: NewEmail[], status: EmailStatus): Promise<string[]> {
    const rows = await sql.rows<IdRow>(
      tx,
      `INSERT INTO email_messages (notification_id, user_id, to_address, subject, body, status, created_at)
       SELECT n, u, a, s, b, $6, coalesce(t, now())
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $7::timestamptz[]) AS x(n, u, a, s, b, t)
       RETURNING id`,
      [
        emails.map((e) => e.notificationId),
        emails.map((e) => e.userId),
        emails.map((e) => e.toAddress),
        emails.map((e) => e.subject),
        emails.map((e) => e.body),
        status,
        emails.map((e) => e.createdAt?.toISOString() ?? null),
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Queued emails not claimed in the last ten minutes, oldest first. */
  async stuckQueuedIds(): Promise<string[]> {
    const rows = await sql.rows<IdRow>(
      this.db,
      `SELECT id FROM email_messages
       WHERE status = 'queued' AND (claimed_at IS NULL OR claimed_at < now() - interval '10 minutes')
       ORDER BY created_at LIMIT 1000`,
    );
    return rows.map((r) => r.id);
  }

  outbox(filter: OutboxFilter): Promise<EmailRow[]> {
    return sql.rows<EmailRow>(
      this.db,
      `SELECT id, notification_id, to_address, subject, body, status, attempts, error, created_at, sent_at,
              count(*) OVER () AS total
       FROM email_messages
       WHERE ($1::text IS NULL OR status = $1)
         AND ($4::text IS NULL OR to_address ILIKE $4 OR subject ILIKE $4)
       ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [filter.status, filter.limit, filter.offset, filter.pattern],
    );
  }

  /** Claims a queued message for sending (counting the attempt); undefined when it is not ours to send now. */
  claim(id: string): Promise<ClaimedEmailRow | undefined> {
    return sql.one<ClaimedEmailRow>(
      this.db,
      `UPDATE email_messages SET claimed_at = now(), attempts = attempts + 1
       WHERE id = $1 AND status = 'queued' AND (claimed_at IS NULL OR claimed_at < now() - interval '10 minutes')
       RETURNING to_address, subject, body, attempts`,
      [id],
    );
  }

  /** Back to the queue with the error, or `failed` after `maxAttempts`. */
  async recordFailure(id: string, error: string, maxAttempts: number): Promise<void> {
    await sql.affected(
      this.db,
      `UPDATE email_messages
       SET status = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'queued' END, claimed_at = NULL, error = $2
       WHERE id = $1`,
      [id, error, maxAttempts],
    );
  }

  async markSent(id: string): Promise<void> {
    await sql.affected(
      this.db,
      `UPDATE email_messages SET status = 'sent', sent_at = now(), error = NULL WHERE id = $1`,
      [id],
    );
  }
}
