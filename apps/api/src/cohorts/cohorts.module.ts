import { Module } from '@nestjs/common';

import { CoursesModule } from '../courses/courses.module';
import { WaitlistModule } from '../enrollments/waitlist.module';
import { CohortsController } from './cohorts.controller';
import { CohortsPersonalData } from './cohorts.personal-data';
import { CohortsRepository } from './cohorts.repository';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [CoursesModule, WaitlistModule],
  controllers: [CohortsController],
  providers: [CohortsService, CohortsRepository, CohortsPersonalData],
  exports: [CohortsService],
})
export class CohortsModule {}
