import { Injectable } from '@nestjs/common';
import type { Locale, LoginResponse } from '@keino/contracts';
import { LOCALES } from '@keino/contracts';

import { AccountsService } from '../accounts/accounts.service';
import { SignInService } from '../accounts/sign-in.service';
import { AppError } from '../common/errors/app-error';

/** A person's account as accounts hands it out (its entity stays accounts' own: sso names it only by this). */
export type SsoUser = NonNullable<Awaited<ReturnType<AccountsService['findUser']>>>;

/** The provider's `locale` claim (`fi-FI`, `sv`, `en_GB`) as one of the app's languages, else Finnish. */
export function localeOf(claim: string | undefined): Locale {
  const language = claim?.slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'fi';
}

/**
 * What single sign-on asks of accounts, in one place: accounts owns the people and their sessions, so sso calls its
 * services and never its tables.
 */
@Injectable()
export class SsoAccounts {
  constructor(
    private readonly accounts: AccountsService,
    private readonly signIn: SignInService,
  ) {}

  /** The person, unless unknown or erased. */
  async findUser(id: string): Promise<SsoUser | undefined> {
    const user = await this.accounts.findUser(id);
    return user && !user.erasedAt ? user : undefined;
  }

  /** The account of this address (any letter case), if one exists. */
  findUserIdByEmail(email: string): Promise<string | undefined> {
    return this.accounts.findUserIdByEmail(email);
  }

  /** A new member of the organisation, verified; undefined when the address has an account after all (a race). */
  async createMember(input: {
    email: string;
    fullName: string;
    locale: Locale;
    organizationId: string;
  }): Promise<SsoUser | undefined> {
    try {
      return await this.accounts.createVerifiedMember(input);
    } catch (err) {
      if (err instanceof AppError && err.code === 'EMAIL_TAKEN') return undefined;
      throw err;
    }
  }

  startSession(user: SsoUser, userAgent: string | undefined): Promise<LoginResponse> {
    return this.signIn.startSession(user, userAgent);
  }

  /** The person, once their own password proved it, with sign-in's limits (failures count per account and address). */
  async provePassword(userId: string, password: string, address: string): Promise<SsoUser> {
    const user = await this.findUser(userId);
    if (!user) throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');
    return this.signIn.checkPassword(user.email, password, address);
  }
}
