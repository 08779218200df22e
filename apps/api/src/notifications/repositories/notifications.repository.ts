// Reads across modules (read-only): users (email, full_name, locale) of the people a delivery just notified, in the
// inserting statement.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, NotificationKind, NotificationPayload } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';
import type { CandidateSelect } from './reminder-candidates';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  created_at: Date;
  read_at: Date | null;
}

export interface InsertedNotificationRow {
  id: string;
  user_id: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  email: string;
  full_name: string;
  locale: Locale;
}

/** A notification of seeded history, at its own time. */
export interface ImportedNotification {
  userId: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  dedupeKey: string;
  createdAt: Date;
}

interface ImportedIdRow {
  id: string;
  dedupe_key: string;
}

interface NotificationCountsRow {
  total: number;
  unread: number;
}

/** The only code that reads and writes notifications. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Inserts the candidates whose dedupe key is free; answers the new ones with their person's address. */
  insertCandidates(tx: EntityManager, candidates: CandidateSelect): Promise<InsertedNotificationRow[]> {
    return sql.rows<InsertedNotificationRow>(
      tx,
      `WITH candidates AS (${candidates.text}),
       inserted AS (
         INSERT INTO notifications (user_id, kind, payload, dedupe_key)
         SELECT user_id, kind, payload, dedupe_key FROM candidates
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id, user_id, kind, payload
       )
       SELECT i.id, i.user_id, i.kind, i.payload, u.email, u.full_name, u.locale
       FROM inserted i JOIN users u ON u.id = i.user_id`,
      candidates.params,
    );
  }

  page(userId: string, limit: number, offset: number): Promise<NotificationRow[]> {
    return sql.rows<NotificationRow>(
      this.db,
      `SELECT id, kind, payload, created_at, read_at FROM notifications
       WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [userId, limit, offset],
    );
  }

  async counts(userId: string): Promise<NotificationCountsRow> {
    const row = await sql.one<NotificationCountsRow>(
      this.db,
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE read_at IS NULL))::int AS unread
       FROM notifications WHERE user_id = $1`,
      [userId],
    );
    return row ?? { total: 0, unread: 0 };
  }

  /** The notification marked read, or undefined when it is not the person's. */
  markRead(userId: string, id: string): Promise<NotificationRow | undefined> {
    return sql.one<NotificationRow>(
      this.db,
      `UPDATE notifications SET read_at = coalesce(read_at, now())
       WHERE id = $1 AND user_id = $2
       RETURNING id, kind, payload, created_at, read_at`,
      [id, userId],
    );
  }

  markAllRead(userId: string): Promise<number> {
    return sql.affected(
      this.db,
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
  }

  /** Seeding contract (demo data): notifications at their own times, unread; answers their ids in the order given. */
  async importHistory(tx: EntityManager, rows: ImportedNotification[]): Promise<string[]> {
    const inserted = await sql.rows<ImportedIdRow>(
      tx,
      `INSERT INTO notifications (user_id, kind, payload, dedupe_key, created_at)
       SELECT x.u, x.k, x.p, x.d, x.t FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[], $5::timestamptz[])
         AS x(u, k, p, d, t)
       RETURNING id, dedupe_key`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.kind),
        rows.map((r) => JSON.stringify(r.payload)),
        rows.map((r) => r.dedupeKey),
        rows.map((r) => r.createdAt.toISOString()),
      ],
    );
    const ids = new Map(inserted.map((r) => [r.dedupe_key, r.id]));
    return rows.map((r) => {
      const id = ids.get(r.dedupeKey);
      if (!id) throw new Error(`No notification ${r.dedupeKey}`);
      return id;
    });
  }
}
