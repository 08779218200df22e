import { Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';

import { TOKEN_VERSION_SOURCE, TokenVersions } from '../common/auth/token-versions';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccessTokenVersions } from './access-token-versions';
import { AccountsPersonalData } from './accounts.personal-data';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import {
  MEMBERSHIP_CONTROLLERS,
  MEMBERSHIP_EXPORTS,
  MEMBERSHIP_PROVIDERS,
} from './memberships/memberships.providers';
import { PersonalDataModule } from '../common/personal-data/personal-data.module';
import { PersonalDataService } from './personal-data.service';
import { PasswordHasherShutdown } from './password-hasher';
import { RegistrationController } from './registration.controller';
import { RegistrationService } from './registration.service';
import { SignInService } from './sign-in.service';
import { UsersController } from './users.controller';
import { RefreshTokensService } from './refresh-tokens.service';
import { RefreshTokensRepository } from './repositories/refresh-tokens.repository';
import { SessionsRepository } from './repositories/sessions.repository';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './repositories/users.repository';
import { User } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    OrganizationsModule,
    NotificationsModule,
    PersonalDataModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // Access tokens live at most 15 minutes.
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { expiresIn: '15m' } }),
    }),
  ],
  controllers: [
    AuthController,
    RegistrationController,
    UsersController,
    SessionsController,
    ...MEMBERSHIP_CONTROLLERS,
  ],
  providers: [
    AccountsService,
    SignInService,
    RegistrationService,
    RefreshTokensService,
    UsersRepository,
    RefreshTokensRepository,
    SessionsService,
    SessionsRepository,
    AccessTokenVersions,
    // The JWT check (common/auth) reads versions through this; accounts owns them.
    TokenVersions,
    { provide: TOKEN_VERSION_SOURCE, useExisting: SessionsRepository },
    PersonalDataService,
    AccountsPersonalData,
    PasswordHasherShutdown,
    ...MEMBERSHIP_PROVIDERS,
  ],
  exports: [AccountsService, SignInService, TokenVersions, ...MEMBERSHIP_EXPORTS],
})
export class AccountsModule implements OnApplicationBootstrap {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { admin } = this.config;
    if (admin) await this.accounts.ensureUser({ ...admin, fullName: 'Ylläpitäjä', roles: ['admin'] });
  }
}
