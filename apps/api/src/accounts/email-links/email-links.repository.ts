import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';
import type { EmailLinkPurpose } from '../email-link.entity';

interface UserIdRow {
  user_id: string;
}

/** The only code that reads and writes email_links; tokens arrive here already hashed. */
@Injectable()
export class EmailLinksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** A new link; the person's earlier live links of the same purpose stop working. */
  async issue(
    tx: EntityManager,
    link: { userId: string; purpose: EmailLinkPurpose; tokenHash: string; lifetimeHours: number },
  ): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE email_links SET expires_at = now()
       WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [link.userId, link.purpose],
    );
    await sql.affected(
      tx,
      `INSERT INTO email_links (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [link.userId, link.purpose, link.tokenHash, link.lifetimeHours],
    );
  }

  /** How many links of this purpose the person was sent in the last hour. */
  async sentInLastHour(userId: string, purpose: EmailLinkPurpose, db: Db = this.db): Promise<number> {
    const row = await sql.one<{ n: number }>(
      db,
      `SELECT count(*)::int AS n FROM email_links
       WHERE user_id = $1 AND purpose = $2 AND created_at > now() - interval '1 hour'`,
      [userId, purpose],
    );
    return row?.n ?? 0;
  }

  /** Marks a live link used and answers its person; checked and marked in one statement, so only one use wins. */
  async consume(
    tx: EntityManager,
    tokenHash: string,
    purpose: EmailLinkPurpose,
  ): Promise<string | undefined> {
    const row = await sql.one<UserIdRow>(
      tx,
      `UPDATE email_links SET used_at = now()
       WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [tokenHash, purpose],
    );
    return row?.user_id;
  }

  /** Erasure: the person's links go with them. */
  async deleteAllOf(tx: EntityManager, userId: string): Promise<void> {
    await sql.affected(tx, `DELETE FROM email_links WHERE user_id = $1`, [userId]);
  }
}
