import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { Organization } from './organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsPersonalData } from './organizations.personal-data';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization])],
  controllers: [OrganizationsController],
  providers: [OrganizationsService, OrganizationsPersonalData],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
