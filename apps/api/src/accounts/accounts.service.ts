import { Injectable, Logger } from '@nestjs/common';
import type { ListResponse, Locale, Role, UserResponse } from '@keino/contracts';
import { randomBytes } from 'node:crypto';

import { AuditService } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { AccessTokenVersions } from './access-token-versions';
import { MembershipRequestsRepository } from './memberships/membership-requests.repository';
import { accountErrors } from './accounts.errors';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { hashPassword } from './password-hasher';
import { UsersRepository } from './repositories/users.repository';
import { User } from './user.entity';
import { toUserResponse } from './user.mapper';

/** An account as demo data seeds it. */
export interface SeededAccount {
  email: string;
  fullName: string;
  roles: Role[];
  organizationId?: string | null;
  regions?: string[];
  /** Demo people count as having proved their address unless this says otherwise. */
  emailVerified?: boolean;
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly tokenVersions: AccessTokenVersions,
    private readonly membershipRequests: MembershipRequestsRepository,
  ) {}

  async list(query: ListUsersQuery): Promise<ListResponse<UserResponse>> {
    const [rows, total] = await this.users.list(query);
    return { items: rows.map(toUserResponse), total };
  }

  /**
   * Roles, home organisation and regions; a role change is audited in the same transaction, and refuses the
   * person's access tokens once it commits (the next refresh brings the new roles).
   */
  async update(actorId: string, id: string, input: UpdateUserDto): Promise<UserResponse> {
    if (input.organizationId && !(await this.organizations.exists(input.organizationId))) {
      throw accountErrors.organizationNotFound();
    }
    return this.users.transaction(async (tx) => {
      const user = await this.users.lockById(tx, id);
      if (!user) throw accountErrors.userNotFound();
      const before = [...user.roles];
      if (input.roles) user.roles = input.roles;
      if (input.organizationId !== undefined) user.organizationId = input.organizationId;
      if (input.regions) user.regions = input.regions;
      await this.users.save(tx, user);
      // The admin's word proves the membership: a request that waited on it is settled, one elsewhere withdrawn.
      if (input.organizationId) await this.membershipRequests.settleOnJoin(tx, id, input.organizationId);
      const rolesChanged = [...before].sort().join() !== [...user.roles].sort().join();
      if (rolesChanged) {
        await this.audit.record(tx, [
          {
            actorId,
            action: 'user.roles_changed',
            subjectType: 'user',
            subjectId: id,
            details: { from: before, to: user.roles },
          },
        ]);
        await this.tokenVersions.raise(tx, id);
      }
      return toUserResponse(user);
    });
  }

  async updateProfile(id: string, input: UpdateProfileDto): Promise<UserResponse> {
    const changes: { fullName?: string; locale?: User['locale'] } = {};
    if (input.fullName !== undefined) changes.fullName = input.fullName.trim();
    if (input.locale !== undefined) changes.locale = input.locale;
    if (Object.keys(changes).length > 0) await this.users.update(id, changes);
    return this.me(id);
  }

  async me(id: string): Promise<UserResponse> {
    const user = await this.users.findById(id);
    if (!user) throw accountErrors.userNotFound();
    return toUserResponse(user);
  }

  /** The person's home organisation: the read model other modules use instead of the users table. */
  organizationOf(userId: string): Promise<string | null> {
    return this.users.organizationOf(userId);
  }

  /** Creates the staff account unless its email exists; used for ADMIN_EMAIL. */
  async ensureUser(input: {
    email: string;
    password: string;
    fullName: string;
    roles: Role[];
  }): Promise<void> {
    if (await this.users.emailExists(input.email)) return;
    const passwordHash = await hashPassword(input.password);
    await this.users.insert({
      email: input.email,
      passwordHash,
      fullName: input.fullName,
      locale: 'fi',
      roles: input.roles,
      organizationId: null,
      regions: [],
      emailVerifiedAt: new Date(),
    });
    this.logger.log(`Created account ${input.email} (${input.roles.join(', ')})`);
  }

  /**
   * Seeding contract (demo data): the accounts in one statement, all with one password (hashed once, so seeding
   * stays fast); an email that exists takes the given roles. Answers the ids in the order given.
   */
  async seedAccounts(password: string, accounts: SeededAccount[]): Promise<string[]> {
    const passwordHash = await hashPassword(password);
    return this.users.seed(
      accounts.map((a) => ({
        email: a.email,
        passwordHash,
        fullName: a.fullName,
        locale: 'fi',
        roles: a.roles,
        organizationId: a.organizationId ?? null,
        regions: a.regions ?? [],
        emailVerifiedAt: a.emailVerified === false ? null : new Date(),
      })),
    );
  }

  /**
   * A new participant of the organisation whose membership and address another proof already vouches for (sign-in
   * through the organisation's identity provider): verified, no usable password. `409 EMAIL_TAKEN` when the address has
   * an account (never matched by email alone).
   */
  async createVerifiedMember(input: {
    email: string;
    fullName: string;
    locale: Locale;
    organizationId: string;
  }): Promise<User> {
    if (!(await this.organizations.exists(input.organizationId))) throw accountErrors.organizationNotFound();
    // A random password nobody knows: the person signs in through their organisation or resets it by email.
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    const created = await this.users.insertUnlessEmailTaken({
      email: input.email,
      passwordHash,
      fullName: input.fullName.trim(),
      locale: input.locale,
      roles: ['participant'],
      organizationId: input.organizationId,
      regions: [],
      emailVerifiedAt: new Date(),
    });
    if (!created) throw accountErrors.emailTaken();
    const user = await this.users.findById(created);
    if (!user) throw accountErrors.userNotFound();
    return user;
  }

  /** The person's account row, for a session another proof starts (single sign-on: SignInService.startSession). */
  findUser(id: string): Promise<User | null> {
    return this.users.findById(id);
  }

  /** The account of this address in any letter case (the `lower(email)` index), erased ones excluded. */
  async findUserIdByEmail(email: string): Promise<string | undefined> {
    return (await this.users.findByEmail(email))?.id;
  }
}
