import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CasesController } from './cases.controller';
import { CasesPersonalData } from './cases.personal-data';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';

@Module({
  imports: [AccountsModule, OrganizationsModule],
  controllers: [CasesController],
  providers: [CasesService, CasesRepository, CasesPersonalData],
  exports: [CasesService],
})
export class CasesModule {}
