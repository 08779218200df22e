// Reads across modules (read-only): users (id, email, full_name, locale, organization_id, roles, regions,
// email_verified_at) for an organisation's members and the caller's right to list them, in one statement each.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Locale, Role } from '@keino/contracts';
import { EntityManager, Repository } from 'typeorm';

import { sql } from '../common/database/sql';
import { likePattern } from '../common/pagination/page.query';
import { CreateOrganizationDto } from './dto/create-organization.dto';
import { ListOrganizationsQuery } from './dto/list-organizations.query';
import { Organization } from './organization.entity';

export interface MemberRow {
  id: string;
  email: string;
  full_name: string;
  locale: Locale;
  organization_id: string | null;
  roles: Role[];
  regions: string[];
  email_verified: boolean;
  total: string;
}

interface MemberAccessRow {
  allowed: boolean;
}

interface InsertedIdRow {
  id: string;
}

/** How many members one answer lists. */
const MEMBERS_PAGE = 50;

/** The only code that reads and writes organizations. */
@Injectable()
export class OrganizationsRepository {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /** The new id, or undefined when the business ID is taken. */
  async insertUnlessBusinessIdTaken(input: CreateOrganizationDto): Promise<string | undefined> {
    const saved = await this.organizations
      .createQueryBuilder()
      .insert()
      .values(input)
      .orIgnore()
      .returning('id')
      .execute();
    const [created] = saved.raw as InsertedIdRow[];
    return created?.id;
  }

  findById(id: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ id });
  }

  exists(id: string, tx?: EntityManager): Promise<boolean> {
    return (tx?.getRepository(Organization) ?? this.organizations).existsBy({ id });
  }

  list(query: ListOrganizationsQuery): Promise<[Organization[], number]> {
    const qb = this.organizations.createQueryBuilder('o').orderBy('o.name').addOrderBy('o.id');
    if (query.region) qb.andWhere('o.region = :region', { region: query.region });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) {
      qb.andWhere(`(o.name ILIKE :q OR o.business_id LIKE :q)`, { q: likePattern(query.q) });
    }
    return qb.take(query.limit).skip(query.offset).getManyAndCount();
  }

  /** Whether the caller may list the members: `admin`, or a coordinator of that organisation; false if it is unknown. */
  async mayListMembers(id: string, callerId: string, admin: boolean): Promise<boolean> {
    const row = await sql.one<MemberAccessRow>(
      this.organizations.manager,
      `SELECT $3 OR ('coordinator' = ANY(me.roles) AND me.organization_id = o.id) AS allowed
       FROM organizations o, users me WHERE o.id = $1 AND me.id = $2`,
      [id, callerId, admin],
    );
    return row?.allowed === true;
  }

  /** The first page of the organisation's people by name, each row with the total. */
  members(id: string, q?: string): Promise<MemberRow[]> {
    return sql.rows<MemberRow>(
      this.organizations.manager,
      `SELECT u.id, u.email, u.full_name, u.locale, u.organization_id, u.roles, u.regions,
              u.email_verified_at IS NOT NULL AS email_verified, count(*) OVER () AS total
       FROM users u
       WHERE u.organization_id = $1 AND u.erased_at IS NULL AND ($2::text IS NULL OR u.full_name ILIKE $2)
       ORDER BY u.full_name, u.id
       LIMIT ${MEMBERS_PAGE}`,
      [id, q ? likePattern(q) : null],
    );
  }
}
