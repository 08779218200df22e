import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';

import { SESSION_LIFETIME_DAYS } from '../common/auth/session-cookie';
import { AccessTokenVersions } from './access-token-versions';
import { accountErrors } from './accounts.errors';
import { RefreshTokensRepository } from './repositories/refresh-tokens.repository';
import { SessionsRepository } from './repositories/sessions.repository';

export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A session's new refresh token and what the access token issued with it carries. */
export interface IssuedToken {
  userId: string;
  sessionId: string;
  refreshToken: string;
  tokenVersion: number;
}

/**
 * Opaque refresh tokens, stored hashed, rotated on use; each belongs to a session (one sign-in on one device).
 * Presenting a token that was already used means it leaked: its whole session ends, and with it (the person's
 * token version is raised) every access token they hold.
 */
@Injectable()
export class RefreshTokensService {
  constructor(
    private readonly tokens: RefreshTokensRepository,
    private readonly sessions: SessionsRepository,
    private readonly versions: AccessTokenVersions,
  ) {}

  /** Starts a session on `device` and answers its first refresh token. */
  issue(userId: string, device: string): Promise<IssuedToken> {
    return this.tokens.transaction(async (tx) => {
      const session = await this.sessions.start(tx, {
        userId,
        device,
        lifetimeDays: SESSION_LIFETIME_DAYS,
      });
      const refreshToken = await this.insert(tx, userId, session.id);
      return { userId, sessionId: session.id, refreshToken, tokenVersion: session.token_version };
    });
  }

  private async insert(tx: EntityManager, userId: string, sessionId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.tokens.insert(tx, {
      userId,
      sessionId,
      tokenHash: hashRefreshToken(token),
      lifetimeDays: SESSION_LIFETIME_DAYS,
    });
    return token;
  }

  /**
   * Ends every session of the person and every access token they hold, once `manager`'s transaction commits
   * (password change and reset, erasure).
   */
  async revokeAll(manager: EntityManager, userId: string): Promise<void> {
    await this.sessions.endAllBut(manager, userId, null);
    await this.versions.raise(manager, userId);
  }

  /** Consumes a token and answers a fresh one of the same session, in one transaction. */
  async rotate(token: string): Promise<IssuedToken> {
    const rotated = await this.tokens.transaction(async (tx) => {
      const row = await this.tokens.consume(tx, hashRefreshToken(token));
      if (!row) return undefined;
      await this.sessions.touch(tx, row.session_id, SESSION_LIFETIME_DAYS);
      const refreshToken = await this.insert(tx, row.user_id, row.session_id);
      return {
        userId: row.user_id,
        sessionId: row.session_id,
        refreshToken,
        tokenVersion: row.token_version,
      };
    });
    if (rotated) return rotated;
    // A token that no longer works came back: if it was a real one, its session ends.
    await this.endSessionOf(token);
    throw accountErrors.invalidRefreshToken();
  }

  /** Ends the session the token belongs to (if it is one of ours), with every access token of its person. */
  async endSessionOf(token: string): Promise<void> {
    await this.tokens.transaction(async (tx) => {
      const owner = await this.sessions.sessionOfToken(tx, hashRefreshToken(token));
      if (owner && (await this.sessions.endOne(tx, owner.user_id, owner.session_id)) === 'ended') {
        await this.versions.raise(tx, owner.user_id);
      }
    });
  }
}
