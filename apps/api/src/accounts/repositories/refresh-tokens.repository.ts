import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface ConsumedTokenRow {
  user_id: string;
  family_id: string;
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
    db: Db | undefined,
    token: { userId: string; familyId: string; tokenHash: string; lifetimeDays: number },
  ): Promise<void> {
    await sql.affected(
      db ?? this.db,
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [token.userId, token.familyId, token.tokenHash, token.lifetimeDays],
    );
  }

  async revokeAll(tx: EntityManager, userId: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  /** Marks a live token used and answers its owner; checked and marked in one statement, so only one use wins. */
  consume(tx: EntityManager, tokenHash: string): Promise<ConsumedTokenRow | undefined> {
    return sql.one<ConsumedTokenRow>(
      tx,
      `UPDATE refresh_tokens SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
       RETURNING user_id, family_id`,
      [tokenHash],
    );
  }

  async revokeFamilyOf(tx: EntityManager, tokenHash: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE refresh_tokens SET revoked_at = now()
       WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [tokenHash],
    );
  }
}
