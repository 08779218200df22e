import { Module } from '@nestjs/common';

import { CourseAccessPolicy } from './course-access.policy';
import { CourseDraftsService } from './course-drafts.service';
import { CoursePublishingService } from './course-publishing.service';
import { CourseStructureService } from './course-structure.service';
import { CoursesController } from './courses.controller';
import { CoursesPersonalData } from './courses.personal-data';
import { CoursesService } from './courses.service';
import { CourseStructureRepository } from './repositories/course-structure.repository';
import { CourseVersionsRepository } from './repositories/course-versions.repository';
import { CoursesRepository } from './repositories/courses.repository';

@Module({
  controllers: [CoursesController],
  providers: [
    CoursesService,
    CourseDraftsService,
    CourseStructureService,
    CoursePublishingService,
    CourseAccessPolicy,
    CoursesRepository,
    CourseStructureRepository,
    CourseVersionsRepository,
    CoursesPersonalData,
  ],
  exports: [CoursesService],
})
export class CoursesModule {}
