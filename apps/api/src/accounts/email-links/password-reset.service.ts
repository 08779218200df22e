import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { LINK_LIFETIME_HOURS } from '@keino/contracts';

import { membershipErrors } from '../memberships/membership.errors';
import { MembershipService } from '../memberships/membership.service';
import { hashPassword } from '../password-hasher';
import { RefreshTokensService } from '../refresh-tokens.service';
import { UsersRepository } from '../repositories/users.repository';
import { User } from '../user.entity';
import { AccountMailService } from './account-mail.service';
import { EmailLinksRepository } from './email-links.repository';
import { hashLinkToken, newLinkToken } from './link-token';

/** Reset links one account is sent in an hour; beyond that the answer is the same and nothing is sent. */
export const RESET_LINKS_PER_HOUR = 3;

/**
 * Forgotten passwords: a single-use link, valid for an hour, to the address of the account. The request answers the
 * same whether or not the address has one, and in the same time: both look the address up, and the link is written
 * and mailed after the answer. The new password ends every session.
 */
@Injectable()
export class PasswordResetService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PasswordResetService.name);
  /** Links being written after their answer went out, awaited before the database closes. */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly links: EmailLinksRepository,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly mail: AccountMailService,
  ) {}

  /** `POST /api/auth/password-reset`: always 202, whatever the address. */
  async request(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const work = this.mailLink(user).catch((error: unknown) =>
      this.logger.error(`Reset link not sent: ${error instanceof Error ? error.message : String(error)}`),
    );
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async mailLink(user: User): Promise<void> {
    const { token, hash } = newLinkToken();
    const emailIds = await this.links.transaction(async (tx) => {
      // The person's row lock makes the count and the new link one step, so requests at once cannot pass the limit.
      await this.users.lockById(tx, user.id);
      if ((await this.links.sentInLastHour(user.id, 'reset_password', tx)) >= RESET_LINKS_PER_HOUR) return [];
      await this.links.issue(tx, {
        userId: user.id,
        purpose: 'reset_password',
        tokenHash: hash,
        lifetimeHours: LINK_LIFETIME_HOURS.resetPassword,
      });
      return this.mail.queue(tx, {
        kind: 'reset_password',
        token,
        userId: user.id,
        toAddress: user.email,
        locale: user.locale,
        name: user.fullName,
      });
    });
    await this.mail.send(emailIds);
  }

  /**
   * `POST /api/auth/password-reset/confirm`: the new password, every session ended, and the address counts as proved
   * (the link reached it). `400 INVALID_LINK` for an unknown, used or expired token.
   */
  async confirm(token: string, password: string): Promise<void> {
    // Hashed before the link is looked at, so a wrong token costs the same as a right one.
    const passwordHash = await hashPassword(password);
    await this.links.transaction(async (tx) => {
      const userId = await this.links.consume(tx, hashLinkToken(token), 'reset_password');
      if (!userId) throw membershipErrors.invalidLink();
      await this.users.setPasswordHash(tx, userId, passwordHash);
      await this.refreshTokens.revokeAll(tx, userId);
      await this.memberships.proveEmail(tx, userId);
    });
  }
}
