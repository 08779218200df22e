import { Injectable } from '@nestjs/common';
import { LINK_LIFETIME_HOURS, type UserResponse } from '@keino/contracts';
import { EntityManager } from 'typeorm';

import { accountErrors } from '../accounts.errors';
import { membershipErrors } from '../memberships/membership.errors';
import { AccountsService } from '../accounts.service';
import { MembershipService } from '../memberships/membership.service';
import { UsersRepository } from '../repositories/users.repository';
import { User } from '../user.entity';
import { AccountMailService } from './account-mail.service';
import { EmailLinksRepository } from './email-links.repository';
import { hashLinkToken, newLinkToken } from './link-token';

/** Verification links one person may be sent in an hour; more are silently not sent (a mailbox is not a target). */
export const VERIFICATION_LINKS_PER_HOUR = 5;

/** Proving an address: a single-use link mailed to it, valid for 48 hours. */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly links: EmailLinksRepository,
    private readonly users: UsersRepository,
    private readonly accounts: AccountsService,
    private readonly memberships: MembershipService,
    private readonly mail: AccountMailService,
  ) {}

  /** A new link for the person, in `tx` (earlier ones stop working); answers the emails to send after the commit. */
  async queueLink(
    tx: EntityManager,
    user: Pick<User, 'id' | 'email' | 'fullName' | 'locale'>,
  ): Promise<string[]> {
    const { token, hash } = newLinkToken();
    await this.links.issue(tx, {
      userId: user.id,
      purpose: 'verify_email',
      tokenHash: hash,
      lifetimeHours: LINK_LIFETIME_HOURS.verifyEmail,
    });
    return this.mail.queue(tx, {
      kind: 'verify_email',
      token,
      userId: user.id,
      toAddress: user.email,
      locale: user.locale,
      name: user.fullName,
    });
  }

  /** `POST /api/auth/email-verification`: a fresh link, unless the address is already proved. */
  async resend(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw accountErrors.userNotFound();
    if (user.emailVerifiedAt) return;
    const emailIds = await this.links.transaction(async (tx) => {
      // The person's row lock makes the count and the new link one step, so requests at once cannot pass the limit.
      await this.users.lockById(tx, userId);
      if ((await this.links.sentInLastHour(userId, 'verify_email', tx)) >= VERIFICATION_LINKS_PER_HOUR)
        return [];
      return this.queueLink(tx, user);
    });
    await this.mail.send(emailIds);
  }

  /** `POST /api/auth/verify-email`: `400 INVALID_LINK` for an unknown, used or expired token. */
  async verify(token: string): Promise<UserResponse> {
    const userId = await this.links.transaction(async (tx) => {
      const owner = await this.links.consume(tx, hashLinkToken(token), 'verify_email');
      if (!owner) throw membershipErrors.invalidLink();
      await this.memberships.proveEmail(tx, owner);
      return owner;
    });
    return this.accounts.me(userId);
  }
}
