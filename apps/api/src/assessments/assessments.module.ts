import { Module } from '@nestjs/common';

import { ProgressModule } from '../progress/progress.module';
import {
  AssessmentBenchmarkController,
  EnrollmentAssessmentsController,
  ImpactController,
  MaturityModelController,
} from './assessments.controller';
import { AssessmentsPersonalData } from './assessments.personal-data';
import { AssessmentsService } from './assessments.service';
import { BenchmarkService } from './benchmark.service';
import { ImpactService } from './impact.service';
import { AssessmentsRepository } from './repositories/assessments.repository';

@Module({
  imports: [ProgressModule],
  controllers: [
    MaturityModelController,
    EnrollmentAssessmentsController,
    AssessmentBenchmarkController,
    ImpactController,
  ],
  providers: [
    AssessmentsService,
    AssessmentsRepository,
    ImpactService,
    BenchmarkService,
    AssessmentsPersonalData,
  ],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
