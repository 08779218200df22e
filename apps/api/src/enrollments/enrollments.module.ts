import { Module } from '@nestjs/common';

import { CohortsModule } from '../cohorts/cohorts.module';
import { EnrollmentsController } from './enrollments.controller';
import { EnrollmentsPersonalData } from './enrollments.personal-data';
import { EnrollmentsService } from './enrollments.service';
import { OverviewService } from './overview.service';

@Module({
  imports: [CohortsModule],
  controllers: [EnrollmentsController],
  providers: [EnrollmentsService, OverviewService, EnrollmentsPersonalData],
  exports: [EnrollmentsService],
})
export class EnrollmentsModule {}
