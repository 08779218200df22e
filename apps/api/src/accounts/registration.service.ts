import { Injectable } from '@nestjs/common';
import type { UserResponse } from '@keino/contracts';

import { OrganizationsService } from '../organizations/organizations.service';
import { accountErrors } from './accounts.errors';
import { AccountsService } from './accounts.service';
import { RegisterDto } from './dto/register.dto';
import { hashPassword } from './password-hasher';
import { UsersRepository } from './repositories/users.repository';

/** How a person comes to have an account. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly users: UsersRepository,
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
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
      emailVerifiedAt: null,
    });
    if (!created) throw accountErrors.emailTaken();
    return this.accounts.me(created);
  }

}
