import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { IdentityProvidersController } from './identity-providers.controller';
import { IdentityProvidersRepository } from './identity-providers.repository';
import { IdentityProvidersService } from './identity-providers.service';
import { OidcClients } from './oidc-clients';
import { SsoAccounts } from './sso-accounts';
import { SsoController } from './sso.controller';
import { SsoPersonalData } from './sso.personal-data';
import { SsoLoginsRepository } from './sso-logins.repository';
import { SsoSignInService } from './sso-sign-in.service';

/** Single sign-on through organisations' own OpenID Connect providers. */
@Module({
  imports: [AccountsModule, OrganizationsModule],
  controllers: [SsoController, IdentityProvidersController],
  providers: [
    IdentityProvidersService,
    IdentityProvidersRepository,
    OidcClients,
    SsoAccounts,
    SsoLoginsRepository,
    SsoPersonalData,
    SsoSignInService,
  ],
})
export class SsoModule {}
