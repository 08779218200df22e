import { Injectable } from '@nestjs/common';
import type { ListResponse, OrganizationResponse, UserResponse } from '@keino/contracts';
import type { EntityManager } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { CreateOrganizationDto } from './dto/create-organization.dto';
import { ListOrganizationsQuery } from './dto/list-organizations.query';
import { toMemberResponse, toOrganizationResponse } from './organization.mapper';
import { organizationErrors } from './organizations.errors';
import { OrganizationsRepository } from './organizations.repository';

@Injectable()
export class OrganizationsService {
  constructor(private readonly organizations: OrganizationsRepository) {}

  async create(input: CreateOrganizationDto): Promise<OrganizationResponse> {
    const id = await this.organizations.insertUnlessBusinessIdTaken(input);
    if (!id) throw organizationErrors.duplicateBusinessId(input.businessId);
    return this.get(id);
  }

  async get(id: string): Promise<OrganizationResponse> {
    const found = await this.organizations.findById(id);
    if (!found) throw organizationErrors.notFound();
    return toOrganizationResponse(found);
  }

  /** The read model accounts uses to check a user's home organisation. */
  /** `tx`: inside the caller's transaction (the embedded database's one connection is held by it). */
  exists(id: string, tx?: EntityManager): Promise<boolean> {
    return this.organizations.exists(id, tx);
  }

  /** The people of an organisation, for its coordinators (to enrol colleagues) and admins; others get 404. */
  async members(caller: AuthUser, id: string, q?: string): Promise<ListResponse<UserResponse>> {
    if (!(await this.organizations.mayListMembers(id, caller.id, isAdmin(caller)))) {
      throw organizationErrors.notFound();
    }
    const rows = await this.organizations.members(id, q);
    return { items: rows.map(toMemberResponse), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async list(query: ListOrganizationsQuery): Promise<ListResponse<OrganizationResponse>> {
    const [rows, total] = await this.organizations.list(query);
    return { items: rows.map(toOrganizationResponse), total };
  }
}
