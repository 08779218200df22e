import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { sql } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';

/** Whom a course names as its trainers (course_trainers). */
@OwnsPersonalData()
@Injectable()
export class CoursesPersonalData implements PersonalDataPart {
  /** The export has no section of its own for courses: a trainer's courses are the programme's, not theirs. */
  export(): Promise<Partial<PersonalDataSections>> {
    return Promise.resolve({});
  }

  /** An erased person trains no course. */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await sql.affected(tx, `DELETE FROM course_trainers WHERE user_id = $1`, [person.userId]);
  }
}
