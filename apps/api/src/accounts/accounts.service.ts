import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { ListResponse, LoginResponse, Role, UserResponse } from '@keino/contracts';
import { Repository } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { likePattern } from '../common/pagination/page.query';
import { OrganizationsService } from '../organizations/organizations.service';
import { ListUsersQuery } from './dto/list-users.query';
import { RegisterDto } from './dto/register.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';

import { AppError } from '../common/errors/app-error';
import { hashPassword, verifyPassword } from './password-hasher';
import { RefreshTokensService } from './refresh-tokens.service';
import { User } from './user.entity';
import { toUserResponse } from './user.mapper';

// Verified against when the email is unknown, so both failures cost the same time.
const DUMMY_HASH = hashPassword('not-a-real-password');

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(JwtService) private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  /** Self-service sign-up: always a participant; an admin grants other roles. */
  async register(input: RegisterDto): Promise<UserResponse> {
    if (input.organizationId && !(await this.organizations.exists(input.organizationId))) {
      throw new AppError('ORGANIZATION_NOT_FOUND', 'organizationId names no organisation');
    }
    const passwordHash = await hashPassword(input.password);
    // The unique index on lower(email) decides, so two sign-ups at once cannot both succeed.
    const inserted = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        email: input.email,
        passwordHash,
        fullName: input.fullName.trim(),
        locale: input.locale ?? 'fi',
        roles: ['participant'],
        organizationId: input.organizationId ?? null,
        regions: [],
      })
      .orIgnore()
      .returning('id')
      .execute();
    const [created] = inserted.raw as { id: string }[];
    if (!created) throw new AppError('EMAIL_TAKEN', 'An account with this email exists');
    return this.me(created.id);
  }

  async list(query: ListUsersQuery): Promise<ListResponse<UserResponse>> {
    // Erased people are no longer users; their anonymised rows only feed statistics.
    const qb = this.users
      .createQueryBuilder('u')
      .where('u.erased_at IS NULL')
      .orderBy('u.full_name')
      .addOrderBy('u.id');
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.organizationId) qb.andWhere('u.organization_id = :org', { org: query.organizationId });
    if (query.q) qb.andWhere('(u.full_name ILIKE :q OR u.email ILIKE :q)', { q: likePattern(query.q) });
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(toUserResponse), total };
  }

  /** Roles, home organisation and regions; a role change is audited in the same transaction. */
  async update(actorId: string, id: string, input: UpdateUserDto): Promise<UserResponse> {
    if (input.organizationId && !(await this.organizations.exists(input.organizationId))) {
      throw new AppError('ORGANIZATION_NOT_FOUND', 'organizationId names no organisation');
    }
    return this.users.manager.transaction(async (tx) => {
      const user = await tx.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new AppError('NOT_FOUND', 'User not found');
      const before = [...user.roles];
      if (input.roles) user.roles = input.roles;
      if (input.organizationId !== undefined) user.organizationId = input.organizationId;
      if (input.regions) user.regions = input.regions;
      await tx.save(user);
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
    const changes: Partial<User> = {};
    if (input.fullName !== undefined) changes.fullName = input.fullName.trim();
    if (input.locale !== undefined) changes.locale = input.locale;
    if (Object.keys(changes).length > 0) await this.users.update({ id }, changes);
    return this.me(id);
  }

  /** Checks the current password, sets the new one and ends every other session; answers a fresh pair. */
  async changePassword(id: string, input: ChangePasswordDto): Promise<LoginResponse> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      // 400, not 401: the caller's session is fine, only the password they typed is wrong.
      throw new AppError('WRONG_PASSWORD', 'The current password is wrong');
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.users.manager.transaction(async (tx) => {
      await tx.update(User, { id }, { passwordHash });
      await this.refreshTokens.revokeAll(tx, id);
    });
    return this.signIn(user, await this.refreshTokens.issue(id));
  }

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !ok) throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
    return this.signIn(user, await this.refreshTokens.issue(user.id));
  }

  async refresh(token: string): Promise<LoginResponse> {
    const { userId, refreshToken } = await this.refreshTokens.rotate(token);
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new AppError('INVALID_REFRESH_TOKEN', 'Sign in again');
    return this.signIn(user, refreshToken);
  }

  private async signIn(user: User, refreshToken: string): Promise<LoginResponse> {
    // Roles travel in the token; they are re-read from the database at every refresh (at most 15 minutes).
    const accessToken = await this.jwt.signAsync({ sub: user.id, roles: user.roles });
    return { accessToken, refreshToken, user: toUserResponse(user) };
  }

  async me(id: string): Promise<UserResponse> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new AppError('NOT_FOUND', 'User not found');
    return toUserResponse(user);
  }

  /** Creates the staff account unless its email exists; used for ADMIN_EMAIL. */
  async ensureUser(input: {
    email: string;
    password: string;
    fullName: string;
    roles: Role[];
  }): Promise<void> {
    const exists = await this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: input.email })
      .getExists();
    if (exists) return;
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
}
