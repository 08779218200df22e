import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';

export interface ConsumedTokenRow {
  user_id: string;
  session_id: string;
  /** The person's token version now, for the access token issued with the next refresh token. */
  token_version: number;
}

/** The only code that reads and writes refresh_tokens; tokens arrive here already hashed. */
@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Runs `work` in one transaction; the repository's statements take its manager. */
  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(
    tx: EntityManager,
    token: { userId: string; sessionId: string; tokenHash: string; lifetimeDays: number },
  ): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO refresh_tokens (user_id, session_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [token.userId, token.sessionId, token.tokenHash, token.lifetimeDays],
    );
  }

  /**
   * Marks a live token of a live session used and answers its owner; checked and marked in one statement, so only
   * one use wins.
   */
  consume(tx: EntityManager, tokenHash: string): Promise<ConsumedTokenRow | undefined> {
    return sql.one<ConsumedTokenRow>(
      tx,
      `UPDATE refresh_tokens t SET used_at = now()
         FROM sessions s
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now()
          AND s.id = t.session_id AND s.ended_at IS NULL
       RETURNING t.user_id, t.session_id, (SELECT token_version FROM users u WHERE u.id = t.user_id)`,
      [tokenHash],
    );
  }
}
