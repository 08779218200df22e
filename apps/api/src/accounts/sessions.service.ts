import { Injectable } from '@nestjs/common';
import type { ListResponse, SessionResponse } from '@keino/contracts';

import { AuditService } from '../audit/audit.service';
import type { SignedInCaller } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { AccessTokenVersions } from './access-token-versions';
import { accountErrors } from './accounts.errors';
import { RefreshTokensService } from './refresh-tokens.service';
import { SessionsRepository } from './repositories/sessions.repository';

/**
 * The sessions a person sees and ends, and an admin's ending of all of someone's.
 *
 * Ending any session raises the person's token version, so every access token they hold stops working at once,
 * the other sessions' too: those refresh silently (their refresh tokens stay good) and carry on. The alternative, a
 * list of ended session ids that every instance keeps for the access tokens' 15 minutes, would spare those
 * refreshes but needs a second shared structure, its expiry and its reload after a restart; one number per person
 * does it all, and a check stays a single Map lookup.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly versions: AccessTokenVersions,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
  ) {}

  async list(caller: SignedInCaller, page: PageQueryDto): Promise<ListResponse<SessionResponse>> {
    const [rows, total] = await this.sessions.listActive(caller.id, page.limit, page.offset);
    return {
      items: rows.map((row) => ({
        id: row.id,
        device: row.device,
        createdAt: row.created_at.toISOString(),
        lastUsedAt: row.last_used_at.toISOString(),
        current: row.id === caller.sessionId,
      })),
      total,
    };
  }

  /** Ends one of the caller's sessions (`404` for anyone else's); ending one that already ended changes nothing. */
  async end(userId: string, sessionId: string): Promise<void> {
    await this.sessions.transaction(async (tx) => {
      const outcome = await this.sessions.endOne(tx, userId, sessionId);
      if (outcome === 'unknown') throw accountErrors.sessionNotFound();
      if (outcome === 'ended') await this.versions.raise(tx, userId);
    });
  }

  /** Every session of the caller but the one they call from. */
  async endOthers(caller: SignedInCaller): Promise<void> {
    await this.sessions.transaction(async (tx) => {
      if ((await this.sessions.endAllBut(tx, caller.id, caller.sessionId)) > 0) {
        await this.versions.raise(tx, caller.id);
      }
    });
  }

  /** An admin ends all of a person's sessions (a lost phone, a leaver); audited in the same transaction. */
  async endAllOf(actorId: string, userId: string): Promise<void> {
    await this.sessions.transaction(async (tx) => {
      if (!(await this.sessions.exists(tx, userId))) throw accountErrors.userNotFound();
      const ended = await this.sessions.endAllBut(tx, userId, null);
      await this.versions.raise(tx, userId);
      await this.audit.record(tx, [
        {
          actorId,
          action: 'user.sessions_ended',
          subjectType: 'user',
          subjectId: userId,
          details: { ended },
        },
      ]);
    });
  }

  /**
   * Sign-out: ends the session the access token names or, without one, the session of the cookie's refresh token
   * (used or not: whoever holds it may end it). Answers false when the call named no session at all.
   */
  async signOut(caller: SignedInCaller | undefined, refreshToken: string | undefined): Promise<boolean> {
    if (caller) {
      await this.sessions.transaction(async (tx) => {
        if ((await this.sessions.endOne(tx, caller.id, caller.sessionId)) === 'ended') {
          await this.versions.raise(tx, caller.id);
        }
      });
      return true;
    }
    if (!refreshToken) return false;
    await this.refreshTokens.endSessionOf(refreshToken);
    return true;
  }
}
