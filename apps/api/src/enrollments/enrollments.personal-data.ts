// Reads across modules (read-only, for names in the export): cohorts (name, course_version_id) of cohorts,
// course_versions (title) of courses.
import { Injectable } from '@nestjs/common';

import type { Db } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type EnrollmentSections = Pick<PersonalDataSections, 'enrollments'>;

/** The person's enrolments (enrollments). */
@OwnsPersonalData()
@Injectable()
export class EnrollmentsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<EnrollmentSections> {
    return selectSections<EnrollmentSections>(
      db,
      `SELECT (SELECT coalesce(json_agg(json_build_object(
                   'id', e.id, 'cohortId', e.cohort_id, 'cohortName', c.name, 'courseTitle', v.title,
                   'status', e.status, 'createdAt', e.created_at, 'completedAt', e.completed_at)
                 ORDER BY e.created_at), '[]')
                 FROM enrollments e
                 JOIN cohorts c ON c.id = e.cohort_id
                 JOIN course_versions v ON v.id = c.course_version_id
                WHERE e.user_id = $1) AS enrollments`,
      [person.userId],
    );
  }

  /** Enrolments stay: with the user row anonymised they count in the statistics without naming anyone. */
  erase(): Promise<void> {
    return Promise.resolve();
  }
}
