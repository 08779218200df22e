import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';

import { sql } from '../../common/database/sql';
import { likePattern } from '../../common/pagination/page.query';
import { ListUsersQuery } from '../dto/list-users.query';
import { User } from '../user.entity';

/** The columns a new account is inserted with. */
export type NewUser = Pick<
  User,
  | 'email'
  | 'passwordHash'
  | 'fullName'
  | 'locale'
  | 'roles'
  | 'organizationId'
  | 'regions'
  | 'emailVerifiedAt'
>;

interface InsertedIdRow {
  id: string;
}

interface SeededUserRow {
  id: string;
  email: string;
}

/** The only code that reads and writes users (through the entity: plain reads and writes). */
@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.users.manager.transaction(work);
  }

  /** The new id, or undefined when the email is taken (the unique index on lower(email) decides). */
  async insertUnlessEmailTaken(user: NewUser, tx?: EntityManager): Promise<string | undefined> {
    const inserted = await (tx?.getRepository(User) ?? this.users)
      .createQueryBuilder()
      .insert()
      .values(user)
      .orIgnore()
      .returning('id')
      .execute();
    const [created] = inserted.raw as InsertedIdRow[];
    return created?.id;
  }

  async insert(user: NewUser): Promise<void> {
    await this.users.insert(user);
  }

  /** People not erased (erased rows only feed statistics), by name. */
  list(query: ListUsersQuery): Promise<[User[], number]> {
    const qb = this.users
      .createQueryBuilder('u')
      .where('u.erased_at IS NULL')
      .orderBy('u.full_name')
      .addOrderBy('u.id');
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.organizationId) qb.andWhere('u.organization_id = :org', { org: query.organizationId });
    if (query.q) qb.andWhere('(u.full_name ILIKE :q OR u.email ILIKE :q)', { q: likePattern(query.q) });
    return qb.take(query.limit).skip(query.offset).getManyAndCount();
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** The user row locked until the transaction ends. */
  lockById(tx: EntityManager, id: string): Promise<User | null> {
    return tx.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(tx: EntityManager, user: User): Promise<void> {
    await tx.save(user);
  }

  async update(id: string, changes: Partial<Pick<User, 'fullName' | 'locale'>>): Promise<void> {
    await this.users.update({ id }, changes);
  }

  async setPasswordHash(tx: EntityManager, id: string, passwordHash: string): Promise<void> {
    await tx.update(User, { id }, { passwordHash });
  }

  findWithPasswordById(id: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
  }

  findWithPasswordByEmail(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  emailExists(email: string): Promise<boolean> {
    return this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
  }

  async organizationOf(id: string): Promise<string | null> {
    const user = await this.users.findOne({ select: { id: true, organizationId: true }, where: { id } });
    return user?.organizationId ?? null;
  }

  /**
   * Seeding contract (demo data): many accounts in one statement; an email that exists keeps its row and takes the
   * given roles. Answers the ids in the order given.
   */
  async seed(users: NewUser[]): Promise<string[]> {
    const rows = await sql.rows<SeededUserRow>(
      this.users.manager,
      `INSERT INTO users (email, password_hash, full_name, locale, roles, organization_id, regions, email_verified_at)
       SELECT x.email, x.password_hash, x.full_name, x.locale, ARRAY(SELECT jsonb_array_elements_text(x.roles)),
              x.organization_id, ARRAY(SELECT jsonb_array_elements_text(x.regions)), x.email_verified_at
       FROM jsonb_to_recordset($1::jsonb) AS x(email text, password_hash text, full_name text, locale text,
                                               roles jsonb, organization_id uuid, regions jsonb,
                                               email_verified_at timestamptz)
       ON CONFLICT (lower(email)) DO UPDATE SET roles = EXCLUDED.roles
       RETURNING id, email`,
      [
        JSON.stringify(
          users.map((u) => ({
            email: u.email,
            password_hash: u.passwordHash,
            full_name: u.fullName,
            locale: u.locale,
            roles: u.roles,
            organization_id: u.organizationId,
            regions: u.regions,
            email_verified_at: u.emailVerifiedAt?.toISOString() ?? null,
          })),
        ),
      ],
    );
    const ids = new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
    return users.map((u) => {
      const id = ids.get(u.email.toLowerCase());
      // Every row is inserted or updated, so each email comes back.
      if (!id) throw new Error(`No account row for ${u.email}`);
      return id;
    });
  }

  /** A person not erased, by email whatever its case. */
  findByEmail(email: string): Promise<User | null> {
    return this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email) AND u.erased_at IS NULL', { email })
      .getOne();
  }

  /** The address is proved (kept from the first proof). */
  async markEmailVerified(tx: EntityManager, id: string): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
      [id],
    );
  }

  /** Membership, once proved: the only write of users.organization_id outside an admin's PATCH and seeding. */
  async setOrganization(tx: EntityManager, id: string, organizationId: string): Promise<void> {
    await sql.affected(tx, `UPDATE users SET organization_id = $2 WHERE id = $1`, [id, organizationId]);
  }

  /** Whether the person (not erased) is a coordinator of that organisation, as the database has it now. */
  async isCoordinatorOf(id: string, organizationId: string, tx?: EntityManager): Promise<boolean> {
    const row = await sql.one<{ yes: boolean }>(
      tx ?? this.users.manager,
      `SELECT true AS yes FROM users
       WHERE id = $1 AND organization_id = $2 AND 'coordinator' = ANY(roles) AND erased_at IS NULL`,
      [id, organizationId],
    );
    return row?.yes === true;
  }

  /** Whether a member of the organisation (not erased) has this email. */
  async isMemberEmail(organizationId: string, email: string): Promise<boolean> {
    const row = await sql.one<{ yes: boolean }>(
      this.users.manager,
      `SELECT true AS yes FROM users
       WHERE lower(email) = lower($2) AND organization_id = $1 AND erased_at IS NULL`,
      [organizationId, email],
    );
    return row?.yes === true;
  }
}
