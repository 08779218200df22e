import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ListResponse, OrganizationResponse, UserResponse } from '@keino/contracts';
import { Repository } from 'typeorm';

import { User } from '../accounts/user.entity';
import { toUserResponse } from '../accounts/user.mapper';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { sql } from '../common/database/sql';
import { AppError } from '../common/errors/app-error';
import { likePattern } from '../common/pagination/page.query';
import { CreateOrganizationDto } from './dto/create-organization.dto';
import { ListOrganizationsQuery } from './dto/list-organizations.query';
import { Organization } from './organization.entity';
import { toOrganizationResponse } from './organization.mapper';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async create(input: CreateOrganizationDto): Promise<OrganizationResponse> {
    const saved = await this.organizations
      .createQueryBuilder()
      .insert()
      .values(input)
      .orIgnore()
      .returning('*')
      .execute();
    const [created] = saved.raw as { id: string }[];
    if (!created) {
      throw new AppError(
        'DUPLICATE_BUSINESS_ID',
        `An organisation with business ID ${input.businessId} exists`,
      );
    }
    return this.get(created.id);
  }

  async get(id: string): Promise<OrganizationResponse> {
    const found = await this.organizations.findOneBy({ id });
    if (!found) throw new AppError('NOT_FOUND', 'Organisation not found');
    return toOrganizationResponse(found);
  }

  async exists(id: string): Promise<boolean> {
    return this.organizations.existsBy({ id });
  }

  /** The people of an organisation, for its coordinators (to enrol colleagues) and admins; others get 404. */
  async members(caller: AuthUser, id: string, q?: string): Promise<ListResponse<UserResponse>> {
    const access = await sql.one<{ allowed: boolean }>(
      this.organizations.manager,
      `SELECT $3 OR ('coordinator' = ANY(me.roles) AND me.organization_id = o.id) AS allowed
       FROM organizations o, users me WHERE o.id = $1 AND me.id = $2`,
      [id, caller.id, isAdmin(caller)],
    );
    if (!access?.allowed) throw new AppError('NOT_FOUND', 'Organisation not found');
    const qb = this.organizations.manager
      .createQueryBuilder(User, 'u')
      .where('u.organization_id = :id', { id })
      .orderBy('u.full_name')
      .addOrderBy('u.id')
      .take(50);
    if (q) qb.andWhere('u.full_name ILIKE :q', { q: likePattern(q) });
    const [users, total] = await qb.getManyAndCount();
    return { items: users.map(toUserResponse), total };
  }

  async list(query: ListOrganizationsQuery): Promise<ListResponse<OrganizationResponse>> {
    const qb = this.organizations.createQueryBuilder('o').orderBy('o.name').addOrderBy('o.id');
    if (query.region) qb.andWhere('o.region = :region', { region: query.region });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) {
      qb.andWhere(`(o.name ILIKE :q OR o.business_id LIKE :q)`, { q: likePattern(query.q) });
    }
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(toOrganizationResponse), total };
  }
}
