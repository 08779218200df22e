import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../../common/auth/auth.decorators';
import { EmailDomainsService } from '../../organizations/email-domains.service';
import { OrganizationsService } from '../../organizations/organizations.service';
import { UsersRepository } from '../repositories/users.repository';
import { MembershipRequestsRepository } from './membership-requests.repository';

/**
 * How a person comes to belong to an organisation, once it is proved (a verified email domain, an invitation, an
 * approved request): the one place that sets users.organization_id besides an admin's PATCH, and who may manage an
 * organisation's members.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly users: UsersRepository,
    private readonly requests: MembershipRequestsRepository,
    private readonly organizations: OrganizationsService,
    private readonly domains: EmailDomainsService,
  ) {}

  /** Makes the person a member and settles any request of theirs that still waits. */
  async join(tx: EntityManager, userId: string, organizationId: string): Promise<void> {
    await this.users.setOrganization(tx, userId, organizationId);
    await this.requests.settleOnJoin(tx, userId, organizationId);
  }

  /**
   * The person proved their address (an emailed link): it counts as verified, and someone of no organisation joins
   * the one that verified the address's domain, if any. Answers the organisation joined.
   */
  async proveEmail(tx: EntityManager, userId: string): Promise<string | undefined> {
    const user = await this.users.lockById(tx, userId);
    if (!user) return undefined;
    await this.users.markEmailVerified(tx, userId);
    if (user.organizationId) return undefined;
    const owner = await this.domains.organizationOfEmail(user.email, tx);
    if (!owner) return undefined;
    await this.join(tx, userId, owner.id);
    return owner.id;
  }

  /**
   * Admins, and the organisation's coordinators (as the database has their roles now). `tx` when asked inside a
   * transaction: on the embedded database a read beside it would wait for its one connection forever.
   */
  async mayManage(caller: AuthUser, organizationId: string, tx?: EntityManager): Promise<boolean> {
    if (isAdmin(caller)) return this.organizations.exists(organizationId, tx);
    return this.users.isCoordinatorOf(caller.id, organizationId, tx);
  }
}
