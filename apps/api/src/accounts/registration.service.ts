import { Injectable } from '@nestjs/common';
import type { UserResponse } from '@keino/contracts';

import { EmailDomainsService } from '../organizations/email-domains.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { accountErrors } from './accounts.errors';
import { AccountsService } from './accounts.service';
import { RegisterDto } from './dto/register.dto';
import { AccountMailService } from './email-links/account-mail.service';
import { EmailVerificationService } from './email-links/email-verification.service';
import { InvitationsService } from './memberships/invitations.service';
import { MembershipRequestsService } from './memberships/membership-requests.service';
import { hashPassword } from './password-hasher';
import { UsersRepository } from './repositories/users.repository';

/**
 * How a person comes to have an account. Naming an organisation claims nothing: the person is a member at once only
 * with an invitation to this address; otherwise they prove the address (a link is mailed) and join the organisation
 * whose verified domain it is, or the organisation they named decides their membership request.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly users: UsersRepository,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly domains: EmailDomainsService,
    private readonly invitations: InvitationsService,
    private readonly requests: MembershipRequestsService,
    private readonly verification: EmailVerificationService,
    private readonly mail: AccountMailService,
  ) {}

  /** Self-service sign-up: always a participant; an admin grants other roles. */
  async register(input: RegisterDto): Promise<UserResponse> {
    if (input.organizationId && !(await this.organizations.exists(input.organizationId))) {
      throw accountErrors.organizationNotFound();
    }
    const passwordHash = await hashPassword(input.password);
    const domainOwner = input.organizationId
      ? await this.domains.organizationOfEmail(input.email)
      : undefined;
    const { id, emailIds, requestId, accepted } = await this.users.transaction(async (tx) => {
      // The unique index on lower(email) decides, so two sign-ups at once cannot both succeed.
      const created = await this.users.insertUnlessEmailTaken(
        {
          email: input.email,
          passwordHash,
          fullName: input.fullName.trim(),
          locale: input.locale ?? 'fi',
          roles: ['participant'],
          organizationId: null,
          regions: [],
          emailVerifiedAt: null,
        },
        tx,
      );
      if (!created) throw accountErrors.emailTaken();
      const invited = input.invitationToken
        ? await this.invitations.acceptOnRegistration(tx, created, input.email, input.invitationToken)
        : undefined;
      if (invited) return { id: created, emailIds: [], requestId: undefined, accepted: invited };
      const user = {
        id: created,
        email: input.email,
        fullName: input.fullName.trim(),
        locale: input.locale ?? 'fi',
      };
      const queued = await this.verification.queueLink(tx, user);
      // Where the address's domain is the named organisation's, proving the address is the way in.
      const filed =
        input.organizationId && domainOwner?.id !== input.organizationId
          ? await this.requests.file(tx, created, input.organizationId)
          : undefined;
      return { id: created, emailIds: queued, requestId: filed, accepted: undefined };
    });
    await this.mail.send(emailIds);
    if (accepted) await this.invitations.announceAccepted(accepted);
    if (requestId) await this.requests.announce(requestId);
    return this.accounts.me(id);
  }
}
