import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { ListResponse, LoginResponse, Role, UserResponse } from '@keino/contracts';

import { AuditService } from '../audit/audit.service';
import { LoginAttemptsService } from '../common/rate-limit/login-attempts.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { accountErrors } from './accounts.errors';
import { ChangePasswordDto } from './dto/change-password.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { RegisterDto } from './dto/register.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { hashPassword, verifyPassword } from './password-hasher';
import { RefreshTokensService } from './refresh-tokens.service';
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
}

// Verified against when the email is unknown, so both failures cost the same time.
const DUMMY_HASH = hashPassword('not-a-real-password');

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    private readonly users: UsersRepository,
    @Inject(JwtService) private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly loginAttempts: LoginAttemptsService,
  ) {}

  /** Self-service sign-up: always a participant; an admin grants other roles. */
  async register(input: RegisterDto): Promise<UserResponse> {
    if (input.organizationId && !(await this.organizations.exists(input.organizationId))) {
      throw accountErrors.organizationNotFound();
    }
    const passwordHash = await hashPassword(input.password);
    // The unique index on lower(email) decides, so two sign-ups at once cannot both succeed.
    const created = await this.users.insertUnlessEmailTaken({
      email: input.email,
      passwordHash,
      fullName: input.fullName.trim(),
      locale: input.locale ?? 'fi',
      roles: ['participant'],
      organizationId: input.organizationId ?? null,
      regions: [],
    });
    if (!created) throw accountErrors.emailTaken();
    return this.me(created);
  }

  async list(query: ListUsersQuery): Promise<ListResponse<UserResponse>> {
    const [rows, total] = await this.users.list(query);
    return { items: rows.map(toUserResponse), total };
  }

  /** Roles, home organisation and regions; a role change is audited in the same transaction. */
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

  /** Checks the current password, sets the new one and ends every other session; answers a fresh pair. */
  async changePassword(id: string, input: ChangePasswordDto): Promise<LoginResponse> {
    const user = await this.users.findWithPasswordById(id);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw accountErrors.wrongPassword();
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.users.transaction(async (tx) => {
      await this.users.setPasswordHash(tx, id, passwordHash);
      await this.refreshTokens.revokeAll(tx, id);
    });
    return this.signIn(user, await this.refreshTokens.issue(id));
  }

  /** Only failures count towards the limits (per account and per address), so colleagues behind one address sign in. */
  async login(email: string, password: string, address: string): Promise<LoginResponse> {
    await this.loginAttempts.assertMayTry(email, address);
    const user = await this.users.findWithPasswordByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !ok) {
      await this.loginAttempts.recordFailure(email, address);
      throw accountErrors.invalidCredentials();
    }
    await this.loginAttempts.recordSuccess(email);
    return this.signIn(user, await this.refreshTokens.issue(user.id));
  }

  async refresh(token: string): Promise<LoginResponse> {
    const { userId, refreshToken } = await this.refreshTokens.rotate(token);
    const user = await this.users.findById(userId);
    if (!user) throw accountErrors.invalidRefreshToken();
    return this.signIn(user, refreshToken);
  }

  private async signIn(user: User, refreshToken: string): Promise<LoginResponse> {
    // Roles travel in the token; they are re-read from the database at every refresh (at most 15 minutes).
    const accessToken = await this.jwt.signAsync({ sub: user.id, roles: user.roles });
    return { accessToken, refreshToken, user: toUserResponse(user) };
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
      })),
    );
  }
}
