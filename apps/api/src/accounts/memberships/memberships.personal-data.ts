import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { Db } from '../../common/database/sql';
import type {
  PersonalDataSections,
  PersonalDataSubject,
} from '../../common/personal-data/personal-data-part';
import { selectSections } from '../../common/personal-data/select-sections';
import { EmailLinksRepository } from '../email-links/email-links.repository';
import { InvitationsRepository } from './invitations.repository';
import { MembershipRequestsRepository } from './membership-requests.repository';

type MembershipSections = Pick<PersonalDataSections, 'membershipRequests'>;

/**
 * Accounts' personal data in the membership tables, exported and erased through AccountsPersonalData (one part per
 * module): the person's membership requests, the links mailed to them (only hashes, not exported; they go at erasure)
 * and the invitations they accepted.
 */
@Injectable()
export class MembershipsPersonalData {
  constructor(
    private readonly requests: MembershipRequestsRepository,
    private readonly links: EmailLinksRepository,
    private readonly invitations: InvitationsRepository,
  ) {}

  export(person: PersonalDataSubject, db: Db): Promise<MembershipSections> {
    return selectSections<MembershipSections>(
      db,
      `SELECT (SELECT coalesce(json_agg(json_build_object(
                 'organizationId', r.organization_id, 'status', r.status, 'createdAt', r.created_at,
                 'decidedAt', r.decided_at)
               ORDER BY r.created_at), '[]')
               FROM membership_requests r WHERE r.user_id = $1) AS "membershipRequests"`,
      [person.userId],
    );
  }

  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await this.requests.deleteAllOf(tx, person.userId);
    await this.links.deleteAllOf(tx, person.userId);
    await this.invitations.forgetAcceptedBy(tx, person.userId);
  }
}
