import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { EmailDomainsController } from './email-domains.controller';
import { EmailDomainsRepository } from './email-domains.repository';
import { EmailDomainsService } from './email-domains.service';
import { Organization } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsPersonalData } from './organizations.personal-data';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization])],
  controllers: [OrganizationsController, EmailDomainsController],
  providers: [
    OrganizationsService,
    OrganizationsRepository,
    OrganizationsPersonalData,
    EmailDomainsService,
    EmailDomainsRepository,
  ],
  exports: [OrganizationsService, EmailDomainsService],
})
export class OrganizationsModule {}
