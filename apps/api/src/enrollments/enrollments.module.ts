import { Module } from '@nestjs/common';

import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgressModule } from '../progress/progress.module';
import { EnrollmentsController } from './enrollments.controller';
import { EnrollmentsPersonalData } from './enrollments.personal-data';
import { EnrollmentsRepository } from './enrollments.repository';
import { EnrollmentsService } from './enrollments.service';
import { OverviewRepository } from './overview.repository';
import { OverviewService } from './overview.service';

@Module({
  imports: [CohortsModule, ProgressModule],
  controllers: [EnrollmentsController],
  providers: [
    EnrollmentsService,
    EnrollmentsRepository,
    OverviewService,
    OverviewRepository,
    EnrollmentsPersonalData,
  ],
  exports: [EnrollmentsService],
})
export class EnrollmentsModule {}
