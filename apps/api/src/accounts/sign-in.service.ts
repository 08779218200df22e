import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse } from '@keino/contracts';

import { LoginAttemptsService } from '../common/rate-limit/login-attempts.service';
import type { AccessTokenClaims } from '../common/auth/jwt.strategy';
import { accountErrors } from './accounts.errors';
import { describeDevice } from './device';
import { ChangePasswordDto } from './dto/change-password.dto';
import { hashPassword, verifyPassword } from './password-hasher';
import { IssuedToken, RefreshTokensService } from './refresh-tokens.service';
import { UsersRepository } from './repositories/users.repository';
import { User } from './user.entity';
import { toUserResponse } from './user.mapper';

// Verified against when the email is unknown, so both failures cost the same time. Made at the first unknown
// address, not at import: importing the module (every test, every script) should not start the hashing threads.
let dummyHash: Promise<string> | undefined;
const hashForUnknownEmail = (): Promise<string> => (dummyHash ??= hashPassword('not-a-real-password'));

/**
 * How a person proves who they are and keeps a session: password sign-in, refresh, password change. `userAgent`
 * is the call's User-Agent header; the session keeps a short description of it (device.ts).
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly users: UsersRepository,
    @Inject(JwtService) private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensService,
    private readonly loginAttempts: LoginAttemptsService,
  ) {}

  /** Checks the current password, sets the new one and ends every other session; answers a fresh pair. */
  async changePassword(
    id: string,
    input: ChangePasswordDto,
    userAgent: string | undefined,
  ): Promise<LoginResponse> {
    const user = await this.users.findWithPasswordById(id);
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw accountErrors.wrongPassword();
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.users.transaction(async (tx) => {
      await this.users.setPasswordHash(tx, id, passwordHash);
      await this.refreshTokens.revokeAll(tx, id);
    });
    return this.signIn(user, await this.refreshTokens.issue(id, describeDevice(userAgent)));
  }

  /** Only failures count towards the limits (per account and per address), so colleagues behind one address sign in. */
  async login(
    email: string,
    password: string,
    address: string,
    userAgent: string | undefined,
  ): Promise<LoginResponse> {
    const user = await this.checkPassword(email, password, address);
    return this.signIn(user, await this.refreshTokens.issue(user.id, describeDevice(userAgent)));
  }

  /**
   * The account whose password this is, within the sign-in limits; `401 INVALID_CREDENTIALS` or `429` otherwise.
   * Starts no session: a caller that needs more proof first (linking a single sign-on identity) starts it after.
   */
  async checkPassword(email: string, password: string, address: string): Promise<User> {
    await this.loginAttempts.assertMayTry(email, address);
    const user = await this.users.findWithPasswordByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await hashForUnknownEmail()), password);
    if (!user || !ok) {
      await this.loginAttempts.recordFailure(email, address);
      throw accountErrors.invalidCredentials();
    }
    await this.loginAttempts.recordSuccess(email);
    return user;
  }

  async refresh(token: string): Promise<LoginResponse> {
    const issued = await this.refreshTokens.rotate(token);
    const user = await this.users.findById(issued.userId);
    if (!user) throw accountErrors.invalidRefreshToken();
    return this.signIn(user, issued);
  }

  /**
   * Starts a new session for a person whose identity another way proved (single sign-on, an emailed link); the
   * caller sets its cookie (setSessionCookie). `device`: the call's User-Agent, or a description made of it.
   */
  async startSession(user: User, device: string | undefined): Promise<LoginResponse> {
    return this.signIn(user, await this.refreshTokens.issue(user.id, describeDevice(device)));
  }

  private async signIn(user: User, issued: IssuedToken): Promise<LoginResponse> {
    // Roles travel in the token and are re-read at every refresh; a role change raises the version, which refuses
    // the token at once (common/auth/jwt.strategy.ts), so the next refresh brings the new roles.
    const claims: AccessTokenClaims = {
      sub: user.id,
      roles: user.roles,
      sid: issued.sessionId,
      ver: issued.tokenVersion,
    };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken: issued.refreshToken, user: toUserResponse(user) };
  }
}
