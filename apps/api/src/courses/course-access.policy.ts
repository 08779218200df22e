import { Injectable } from '@nestjs/common';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import type { CourseRow } from './course.mapper';
import { courseErrors } from './courses.errors';
import { CoursesRepository } from './repositories/courses.repository';

/** Who may see and edit a course: admins and the course's trainers edit it; others see it once published. */
@Injectable()
export class CourseAccessPolicy {
  constructor(private readonly courses: CoursesRepository) {}

  async find(courseId: string): Promise<CourseRow> {
    const course = await this.courses.find(courseId);
    if (!course) throw courseErrors.notFound();
    return course;
  }

  canEdit(caller: AuthUser, course: CourseRow): boolean {
    return isAdmin(caller) || (caller.roles.includes('trainer') && course.trainer_ids.includes(caller.id));
  }

  /** 404 for a course the caller cannot see, 403 for one they see but may not edit. */
  async requireEditor(caller: AuthUser, courseId: string): Promise<CourseRow> {
    const course = await this.find(courseId);
    if (this.canEdit(caller, course)) return course;
    if (course.latest_version === null) throw courseErrors.notFound();
    throw courseErrors.notCourseTrainer();
  }

  /** Admins alone choose a course's trainers. */
  requireTrainerChooser(caller: AuthUser): void {
    if (!isAdmin(caller)) throw courseErrors.trainersChosenByAdmins();
  }
}
