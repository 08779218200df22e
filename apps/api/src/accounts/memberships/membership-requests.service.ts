import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { ListResponse, MembershipRequestResponse, MembershipRequestStatus } from '@keino/contracts';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { AuthUser } from '../../common/auth/auth.decorators';
import { OrganizationsService } from '../../organizations/organizations.service';
import { accountErrors } from '../accounts.errors';
import { UsersRepository } from '../repositories/users.repository';
import { ListMembershipRequestsQuery } from './dto/list-membership-requests.query';
import { membershipErrors } from './membership.errors';
import { MEMBERSHIP_REQUESTED, MembershipRequestedEvent } from './membership.events';
import { toMembershipRequestResponse } from './membership.mapper';
import { MembershipService } from './membership.service';
import { MembershipRequestsRepository } from './membership-requests.repository';

/**
 * A person of no organisation asks to join one; its coordinators or an admin decide. Until then the person has none
 * of the organisation's rights (users.organization_id stays null).
 */
@Injectable()
export class MembershipRequestsService {
  constructor(
    private readonly requests: MembershipRequestsRepository,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /** `409 ALREADY_MEMBER`, `409 MEMBERSHIP_REQUEST_EXISTS`, `400 ORGANIZATION_NOT_FOUND`. */
  async create(userId: string, organizationId: string): Promise<MembershipRequestResponse> {
    const user = await this.users.findById(userId);
    if (!user) throw accountErrors.userNotFound();
    if (user.organizationId) throw membershipErrors.alreadyMember();
    if (!(await this.organizations.exists(organizationId))) throw accountErrors.organizationNotFound();
    const id = await this.requests.transaction((tx) => this.file(tx, userId, organizationId));
    if (!id) throw membershipErrors.requestExists();
    await this.announce(id);
    return this.get(id);
  }

  /** Files a request in `tx` (registration's too); undefined when one already waits. Announce it after the commit. */
  file(tx: EntityManager, userId: string, organizationId: string): Promise<string | undefined> {
    return this.requests.insertPending(tx, userId, organizationId);
  }

  /** Tells the organisation's coordinators (an in-app notification and its email). */
  async announce(requestId: string): Promise<void> {
    const row = await this.requests.find(requestId);
    if (!row) return;
    const organization = await this.organizations.get(row.organization_id);
    const event: MembershipRequestedEvent = {
      requestId,
      organizationId: row.organization_id,
      organizationName: organization.name,
      requesterName: row.full_name,
    };
    this.events.emit(MEMBERSHIP_REQUESTED, event);
  }

  async list(
    caller: AuthUser,
    organizationId: string,
    query: ListMembershipRequestsQuery,
  ): Promise<ListResponse<MembershipRequestResponse>> {
    if (!(await this.memberships.mayManage(caller, organizationId)))
      throw membershipErrors.organizationNotFound();
    const status: MembershipRequestStatus = query.status ?? 'pending';
    const rows = await this.requests.list(organizationId, status, query.limit, query.offset);
    return { items: rows.map(toMembershipRequestResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  /**
   * The organisation's coordinator or an admin decides; approving makes the person a member (audited).
   * `409 REQUEST_DECIDED` once decided; `409 MEMBER_OF_ANOTHER_ORGANIZATION` when they joined another meanwhile.
   */
  async decide(
    caller: AuthUser,
    id: string,
    status: 'approved' | 'rejected',
  ): Promise<MembershipRequestResponse> {
    await this.requests.transaction(async (tx) => {
      // The person's row before the request, the order every join takes (their row, then their requests): the
      // other order deadlocks with an invitation accepted or an address proved at the same moment.
      const peek = await this.requests.find(id, tx);
      const person = peek && (await this.users.lockById(tx, peek.user_id));
      const request = await this.requests.lock(tx, id);
      if (!request || !(await this.memberships.mayManage(caller, request.organization_id, tx))) {
        throw membershipErrors.requestNotFound();
      }
      if (request.status !== 'pending') throw membershipErrors.requestDecided();
      if (status === 'approved') {
        if (!person || person.erasedAt) throw membershipErrors.requestNotFound();
        if (person.organizationId && person.organizationId !== request.organization_id) {
          throw membershipErrors.memberOfAnotherOrganization();
        }
        await this.memberships.join(tx, request.user_id, request.organization_id);
        await this.audit.record(tx, [
          {
            actorId: caller.id,
            action: 'user.membership_approved',
            subjectType: 'user',
            subjectId: request.user_id,
            details: { organizationId: request.organization_id, requestId: id },
          },
        ]);
      }
      // After join: it settled the request as approved without a decider, which this decision now names.
      await this.requests.decide(tx, id, status, caller.id);
    });
    return this.get(id);
  }

  /** The caller's own request that waits, so they can see and withdraw it from any tab; 404 when none waits. */
  async mine(userId: string): Promise<MembershipRequestResponse> {
    const row = await this.requests.findPendingOf(userId);
    if (!row) throw membershipErrors.requestNotFound();
    return toMembershipRequestResponse(row);
  }

  /** The requester withdraws a request still waiting; another's answers 404. */
  async withdraw(userId: string, id: string): Promise<void> {
    await this.requests.transaction(async (tx) => {
      const request = await this.requests.lock(tx, id);
      if (!request || request.user_id !== userId) throw membershipErrors.requestNotFound();
      if (request.status !== 'pending') throw membershipErrors.requestDecided();
      await this.requests.delete(tx, id);
    });
  }

  private async get(id: string): Promise<MembershipRequestResponse> {
    const row = await this.requests.find(id);
    if (!row) throw membershipErrors.requestNotFound();
    return toMembershipRequestResponse(row);
  }
}
