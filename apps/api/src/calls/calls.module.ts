import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { CallExportService } from './call-export.service';
import { CallsController } from './calls.controller';
import { CallsPersonalData } from './calls.personal-data';
import { CallsService } from './calls.service';
import { ApplicationsRepository } from './repositories/applications.repository';
import { CallsRepository } from './repositories/calls.repository';
import { ReviewsRepository } from './repositories/reviews.repository';
import { SelectionService } from './selection.service';

@Module({
  imports: [AccountsModule, AuditModule, EnrollmentsModule],
  controllers: [CallsController, ApplicationsController],
  providers: [
    CallsService,
    ApplicationsService,
    SelectionService,
    CallExportService,
    CallsRepository,
    ApplicationsRepository,
    ReviewsRepository,
    CallsPersonalData,
  ],
  exports: [CallsService, ApplicationsService, SelectionService],
})
export class CallsModule {}
