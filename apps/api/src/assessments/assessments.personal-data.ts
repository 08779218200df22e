// Reads across modules (read-only): enrollments (id, user_id) of enrollments, to find the person's answers.
import { Injectable } from '@nestjs/common';

import type { Db } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type AssessmentSections = Pick<PersonalDataSections, 'assessmentAnswers'>;

/** The person's maturity self-assessment answers (assessment_answers, named by maturity_dimensions). */
@OwnsPersonalData()
@Injectable()
export class AssessmentsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<AssessmentSections> {
    return selectSections<AssessmentSections>(
      db,
      `SELECT (SELECT coalesce(json_agg(json_build_object(
                   'enrollmentId', a.enrollment_id, 'phase', a.phase, 'dimensionId', a.dimension_id,
                   'dimension', coalesce(d.name ->> $2::text, d.name ->> 'fi'), 'level', a.level,
                   'answeredAt', a.answered_at)
                 ORDER BY a.answered_at, a.phase, d.position), '[]')
                 FROM enrollments e
                 JOIN assessment_answers a ON a.enrollment_id = e.id
                 JOIN maturity_dimensions d ON d.id = a.dimension_id
                WHERE e.user_id = $1) AS "assessmentAnswers"`,
      [person.userId, person.locale],
    );
  }

  /** The answers stay, like enrolments and progress: with the name gone they count in the impact statistics only. */
  erase(): Promise<void> {
    return Promise.resolve();
  }
}
