// Reads across modules (read-only): enrollments (id, user_id, cohort_id) of enrollments, to find the person's
// progress; cohorts (course_version_id) of cohorts and version_activities (title) of courses, for the activity's name.
import { Injectable } from '@nestjs/common';

import type { Db } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type ProgressSections = Pick<PersonalDataSections, 'progress'>;

/** The person's progress through activities (progress). */
@OwnsPersonalData()
@Injectable()
export class ProgressPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<ProgressSections> {
    return selectSections<ProgressSections>(
      db,
      `SELECT (SELECT coalesce(json_agg(json_build_object(
                   'enrollmentId', p.enrollment_id, 'activityId', p.activity_id, 'activityTitle', va.title,
                   'state', p.state, 'completedAt', p.completed_at, 'updatedAt', p.updated_at)
                 ORDER BY p.updated_at), '[]')
                 FROM enrollments e
                 JOIN cohorts c ON c.id = e.cohort_id
                 JOIN progress p ON p.enrollment_id = e.id
                 LEFT JOIN version_activities va
                   ON va.version_id = c.course_version_id AND va.activity_id = p.activity_id
                WHERE e.user_id = $1) AS progress`,
      [person.userId],
    );
  }

  /** Progress stays, like the enrolment it belongs to: it counts in the statistics without a name. */
  erase(): Promise<void> {
    return Promise.resolve();
  }
}
