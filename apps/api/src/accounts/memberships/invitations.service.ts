import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import {
  LINK_LIFETIME_HOURS,
  type InvitationLookupResponse,
  type InvitationResponse,
  type ListResponse,
  type UserResponse,
} from '@keino/contracts';
import { EntityManager } from 'typeorm';

import { AuthUser } from '../../common/auth/auth.decorators';
import { PageQueryDto } from '../../common/pagination/page.query';
import { OrganizationsService } from '../../organizations/organizations.service';
import { AccountsService } from '../accounts.service';
import { AccountMailService } from '../email-links/account-mail.service';
import { hashLinkToken, newLinkToken } from '../email-links/link-token';
import { UsersRepository } from '../repositories/users.repository';
import { InvitationsRepository } from './invitations.repository';
import { membershipErrors } from './membership.errors';
import { INVITATION_ACCEPTED, InvitationAcceptedEvent } from './membership.events';
import { toInvitationResponse } from './membership.mapper';
import { MembershipService } from './membership.service';

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Invitations from an organisation's coordinators or an admin: a single-use link, valid for 14 days, to one address.
 * Whoever holds that address accepts it (registering with it, or signed in) and is a member, their email proved.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly accounts: AccountsService,
    private readonly memberships: MembershipService,
    private readonly organizations: OrganizationsService,
    private readonly mail: AccountMailService,
    private readonly events: EventEmitter2,
  ) {}

  /** `409 ALREADY_MEMBER` when the address is a member of this organisation; `409 INVITATION_EXISTS` when one is open. */
  async create(caller: AuthUser, organizationId: string, email: string): Promise<InvitationResponse> {
    await this.assertMayManage(caller, organizationId);
    if (await this.users.isMemberEmail(organizationId, email)) throw membershipErrors.alreadyMember();
    const [organization, inviter, invitee] = await Promise.all([
      this.organizations.get(organizationId),
      this.users.findById(caller.id),
      this.users.findByEmail(email),
    ]);
    const { token, hash } = newLinkToken();
    const { id, emailIds } = await this.invitations.transaction(async (tx) => {
      const created = await this.invitations.insertUnlessOpen(tx, {
        organizationId,
        email: email.trim(),
        tokenHash: hash,
        invitedBy: caller.id,
        lifetimeHours: LINK_LIFETIME_HOURS.invitation,
      });
      if (!created) throw membershipErrors.invitationExists();
      const queued = await this.mail.queue(tx, {
        kind: 'invitation',
        token,
        userId: invitee?.id ?? null,
        toAddress: email.trim(),
        // The person's own language when they have an account, else the language of whoever invites them.
        locale: invitee?.locale ?? inviter?.locale ?? 'fi',
        name: invitee?.fullName,
        organizationName: organization.name,
        inviterName: inviter?.fullName ?? '',
      });
      return { id: created, emailIds: queued };
    });
    await this.mail.send(emailIds);
    return this.get(id);
  }

  /** Open invitations (not accepted, revoked or expired), newest first. */
  async listOpen(
    caller: AuthUser,
    organizationId: string,
    page: PageQueryDto,
  ): Promise<ListResponse<InvitationResponse>> {
    await this.assertMayManage(caller, organizationId);
    const rows = await this.invitations.listOpen(organizationId, page.limit, page.offset);
    return { items: rows.map(toInvitationResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /** Its link stops working; an accepted invitation (nothing left to revoke) or another's answers 404. */
  async revoke(caller: AuthUser, id: string): Promise<void> {
    const invitation = await this.invitations.find(id);
    if (!invitation || !(await this.memberships.mayManage(caller, invitation.organization_id))) {
      throw membershipErrors.invitationNotFound();
    }
    if (!(await this.invitations.revoke(id))) throw membershipErrors.invitationNotFound();
  }

  /** What the invitation page shows before the person signs in or registers. */
  async lookup(token: string): Promise<InvitationLookupResponse> {
    const open = await this.invitations.findOpenByToken(hashLinkToken(token));
    if (!open) throw membershipErrors.invalidLink();
    const organization = await this.organizations.get(open.organization_id);
    return { organizationId: open.organization_id, organizationName: organization.name, email: open.email };
  }

  /**
   * The signed-in person accepts: a member, their email proved. `403 INVITATION_FOR_ANOTHER_EMAIL` unless the link went
   * to their address; `409 MEMBER_OF_ANOTHER_ORGANIZATION` when they belong elsewhere.
   */
  async accept(userId: string, token: string): Promise<UserResponse> {
    const accepted = await this.invitations.transaction(async (tx) => {
      const open = await this.invitations.findOpenByToken(hashLinkToken(token), tx);
      if (!open) throw membershipErrors.invalidLink();
      const user = await this.users.lockById(tx, userId);
      if (!user) throw membershipErrors.invalidLink();
      if (!sameEmail(user.email, open.email)) throw membershipErrors.invitationForAnotherEmail();
      if (user.organizationId && user.organizationId !== open.organization_id) {
        throw membershipErrors.memberOfAnotherOrganization();
      }
      await this.acceptFor(tx, open.id, open.organization_id, userId);
      return { invitationId: open.id, userId, organizationId: open.organization_id };
    });
    await this.announceAccepted(accepted);
    return this.accounts.me(userId);
  }

  /**
   * Registration with an invitation's token: when it is open and went to this same address, the new person is a
   * member at once. Answers what was accepted, to `announceAccepted` after the commit; any other token changes nothing
   * (the person registers as anyone).
   */
  async acceptOnRegistration(
    tx: EntityManager,
    userId: string,
    email: string,
    token: string,
  ): Promise<InvitationAcceptedEvent | undefined> {
    const open = await this.invitations.findOpenByToken(hashLinkToken(token), tx);
    if (!open || !sameEmail(open.email, email)) return undefined;
    await this.acceptFor(tx, open.id, open.organization_id, userId);
    return { invitationId: open.id, userId, organizationId: open.organization_id };
  }

  /** After the acceptance committed: whatever waits on it (a call's selection enrols the person) runs before the answer. */
  async announceAccepted(event: InvitationAcceptedEvent): Promise<void> {
    await this.events.emitAsync(INVITATION_ACCEPTED, event);
  }

  /**
   * An invitation written in the caller's transaction by a decision of the programme (an accepted application's team
   * member without an account): an open invitation to the same address ends first, as a new link of the same purpose
   * does. The email is in `locale`. Every query runs on `tx` (the caller names the organisation and the inviter), so
   * the embedded database's one connection is never asked for twice. Answers the invitation's id and the emails to
   * `sendEmails` after the commit.
   */
  async inviteWithin(
    tx: EntityManager,
    input: {
      organizationId: string;
      organizationName: string;
      email: string;
      invitedBy: string;
      inviterName: string;
      locale: UserResponse['locale'];
    },
  ): Promise<{ id: string; emailIds: string[] }> {
    const { token, hash } = newLinkToken();
    await this.invitations.revokeOpen(tx, input.organizationId, input.email);
    const id = await this.invitations.insertUnlessOpen(tx, {
      organizationId: input.organizationId,
      email: input.email.trim(),
      tokenHash: hash,
      invitedBy: input.invitedBy,
      lifetimeHours: LINK_LIFETIME_HOURS.invitation,
    });
    if (!id) throw membershipErrors.invitationExists();
    const emailIds = await this.mail.queue(tx, {
      kind: 'invitation',
      token,
      userId: null,
      toAddress: input.email.trim(),
      locale: input.locale,
      organizationName: input.organizationName,
      inviterName: input.inviterName,
    });
    return { id, emailIds };
  }

  sendEmails(emailIds: string[]): Promise<void> {
    return this.mail.send(emailIds);
  }

  private async acceptFor(
    tx: EntityManager,
    id: string,
    organizationId: string,
    userId: string,
  ): Promise<void> {
    await this.invitations.markAccepted(tx, id, userId);
    await this.users.markEmailVerified(tx, userId);
    await this.memberships.join(tx, userId, organizationId);
  }

  private async get(id: string): Promise<InvitationResponse> {
    const row = await this.invitations.find(id);
    if (!row) throw membershipErrors.invitationNotFound();
    return toInvitationResponse(row);
  }

  private async assertMayManage(caller: AuthUser, organizationId: string): Promise<void> {
    if (!(await this.memberships.mayManage(caller, organizationId)))
      throw membershipErrors.organizationNotFound();
  }
}
