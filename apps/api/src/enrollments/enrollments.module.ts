import { Module } from '@nestjs/common';

import { CohortsModule } from '../cohorts/cohorts.module';
import { EnrollmentsController } from './enrollments.controller';
import { EnrollmentsService } from './enrollments.service';
import { OverviewService } from './overview.service';

@Module({
  imports: [CohortsModule],
  controllers: [EnrollmentsController],
  providers: [EnrollmentsService, OverviewService],
  exports: [EnrollmentsService],
})
export class EnrollmentsModule {}
