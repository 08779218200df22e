import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

import { AppError } from '../common/errors/app-error';

const LIFETIME_DAYS = 14;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Opaque refresh tokens, stored hashed, rotated on use. Presenting a token that was already used means it leaked:
 * the whole family (that sign-in and every rotation of it) is revoked.
 */
@Injectable()
export class RefreshTokensService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  issue(userId: string): Promise<string> {
    return this.insert(this.db.manager, userId, randomUUID());
  }

  private async insert(manager: EntityManager, userId: string, familyId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [userId, familyId, hash(token), LIFETIME_DAYS],
    );
    return token;
  }

  /** Ends every session of the user (password change, erasure). */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  /** Consumes a token and returns its user and a fresh token of the same family, in one transaction. */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    const rotated = await this.db.transaction(async (tx) => {
      // Marking it used in the same statement that checks it means two concurrent uses cannot both succeed.
      const [rows] = (await tx.query(
        `UPDATE refresh_tokens SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
         RETURNING user_id, family_id`,
        [hash(token)],
      )) as [{ user_id: string; family_id: string }[], number];
      const row = rows[0];
      if (row)
        return { userId: row.user_id, refreshToken: await this.insert(tx, row.user_id, row.family_id) };
      await tx.query(
        `UPDATE refresh_tokens SET revoked_at = now()
         WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
        [hash(token)],
      );
      return undefined;
    });
    if (!rotated) throw new AppError('INVALID_REFRESH_TOKEN', 'Sign in again');
    return rotated;
  }
}
