import { Injectable } from '@nestjs/common';
import type { EmailDomainResponse, ListResponse } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { EmailDomainRow, EmailDomainsRepository } from './email-domains.repository';
import { organizationErrors } from './organizations.errors';
import { OrganizationsRepository } from './organizations.repository';

const toDomain = (r: EmailDomainRow): EmailDomainResponse => ({
  domain: r.domain,
  createdAt: r.created_at.toISOString(),
});

const page = (rows: EmailDomainRow[]): ListResponse<EmailDomainResponse> => ({
  items: rows.map(toDomain),
  total: rows.length,
});

/**
 * An organisation's verified email domains: an admin states them, and a person who proves an address at one of
 * them (the emailed link) joins that organisation. A domain belongs to one organisation at most.
 */
@Injectable()
export class EmailDomainsService {
  constructor(
    private readonly domains: EmailDomainsRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  /** For admins and the organisation's coordinators; others (and an unknown organisation) get 404. */
  async list(caller: AuthUser, organizationId: string): Promise<ListResponse<EmailDomainResponse>> {
    if (!(await this.organizations.mayListMembers(organizationId, caller.id, isAdmin(caller)))) {
      throw organizationErrors.notFound();
    }
    return page(await this.domains.list(organizationId));
  }

  /** The whole list at once (admins); `409 DOMAIN_TAKEN` changes nothing when another organisation has one. */
  async set(organizationId: string, domains: string[]): Promise<ListResponse<EmailDomainResponse>> {
    if (!(await this.organizations.exists(organizationId))) throw organizationErrors.notFound();
    return this.domains.transaction(async (tx) => {
      const taken = await this.domains.replace(tx, organizationId, domains);
      if (taken.length > 0) throw organizationErrors.domainTaken(taken);
      return page(await this.domains.list(organizationId, tx));
    });
  }

  /** The read model accounts uses: the organisation that verified the email's domain, if any. */
  async organizationOfEmail(
    email: string,
    db?: EntityManager,
  ): Promise<{ id: string; name: string } | undefined> {
    const domain = email
      .slice(email.lastIndexOf('@') + 1)
      .trim()
      .toLowerCase();
    if (!domain) return undefined;
    const owner = await this.domains.ownerOf(domain, db);
    return owner && { id: owner.organization_id, name: owner.name };
  }
}
