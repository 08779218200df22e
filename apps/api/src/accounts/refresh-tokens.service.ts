import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';

import { accountErrors } from './accounts.errors';
import { RefreshTokensRepository } from './repositories/refresh-tokens.repository';

const LIFETIME_DAYS = 14;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Opaque refresh tokens, stored hashed, rotated on use. Presenting a token that was already used means it leaked:
 * the whole family (that sign-in and every rotation of it) is revoked.
 */
@Injectable()
export class RefreshTokensService {
  constructor(private readonly tokens: RefreshTokensRepository) {}

  issue(userId: string): Promise<string> {
    return this.insert(undefined, userId, randomUUID());
  }

  private async insert(tx: EntityManager | undefined, userId: string, familyId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.insert(tx, { userId, familyId, tokenHash: hash(token), lifetimeDays: LIFETIME_DAYS });
    return token;
  }

  /** Ends every session of the user (password change, erasure). */
  revokeAll(manager: EntityManager, userId: string): Promise<void> {
    return this.tokens.revokeAll(manager, userId);
  }

  /** Consumes a token and returns its user and a fresh token of the same family, in one transaction. */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    const rotated = await this.tokens.transaction(async (tx) => {
      const row = await this.tokens.consume(tx, hash(token));
      if (row)
        return { userId: row.user_id, refreshToken: await this.insert(tx, row.user_id, row.family_id) };
      await this.tokens.revokeFamilyOf(tx, hash(token));
      return undefined;
    });
    if (!rotated) throw accountErrors.invalidRefreshToken();
    return rotated;
  }
}
