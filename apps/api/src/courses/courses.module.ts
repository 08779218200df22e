import { Module } from '@nestjs/common';

import { CoursesController } from './courses.controller';
import { CoursesPersonalData } from './courses.personal-data';
import { CoursesService } from './courses.service';

@Module({
  controllers: [CoursesController],
  providers: [CoursesService, CoursesPersonalData],
  exports: [CoursesService],
})
export class CoursesModule {}
