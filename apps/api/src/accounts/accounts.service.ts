import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { LoginResponse, Role, UserResponse } from '@keino/contracts';
import { Repository } from 'typeorm';

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
  ) {}

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !ok) throw new AppError('INVALID_CREDENTIALS', 401, 'Wrong email or password');
    return this.signIn(user, await this.refreshTokens.issue(user.id));
  }

  async refresh(token: string): Promise<LoginResponse> {
    const { userId, refreshToken } = await this.refreshTokens.rotate(token);
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new AppError('INVALID_REFRESH_TOKEN', 401, 'Sign in again');
    return this.signIn(user, refreshToken);
  }

  private async signIn(user: User, refreshToken: string): Promise<LoginResponse> {
    // Roles travel in the token; they are re-read from the database at every refresh (at most 15 minutes).
    const accessToken = await this.jwt.signAsync({ sub: user.id, roles: user.roles });
    return { accessToken, refreshToken, user: toUserResponse(user) };
  }

  async me(id: string): Promise<UserResponse> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new AppError('NOT_FOUND', 404, 'User not found');
    return toUserResponse(user);
  }

  /** Creates the account unless its email exists; used for ADMIN_EMAIL and demo data. */
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
    });
    this.logger.log(`Created account ${input.email} (${input.roles.join(', ')})`);
  }
}
