import { Module } from '@nestjs/common';

import { CasesModule } from '../cases/cases.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { InnovationReportController, OpenDataController } from './innovation-report.controller';
import { InnovationReportService } from './innovation-report.service';
import { IndicatorsController, ProcurementsController } from './procurements.controller';
import { ProcurementsService } from './procurements.service';
import { ProcurementsRepository } from './repositories/procurements.repository';

@Module({
  imports: [CasesModule, OrganizationsModule],
  controllers: [ProcurementsController, IndicatorsController, InnovationReportController, OpenDataController],
  providers: [ProcurementsService, ProcurementsRepository, InnovationReportService],
  exports: [ProcurementsService],
})
export class ProcurementsModule {}
