import { Module } from '@nestjs/common';

import { CoursesModule } from '../courses/courses.module';
import { CohortsController } from './cohorts.controller';
import { CohortsPersonalData } from './cohorts.personal-data';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [CoursesModule],
  controllers: [CohortsController],
  providers: [CohortsService, CohortsPersonalData],
  exports: [CohortsService],
})
export class CohortsModule {}
