import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { sql } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';

/** Whom a cohort names as its trainers (cohort_trainers). */
@OwnsPersonalData()
@Injectable()
export class CohortsPersonalData implements PersonalDataPart {
  /** The export has no section of its own for cohorts: the person's enrolments name their cohorts. */
  export(): Promise<Partial<PersonalDataSections>> {
    return Promise.resolve({});
  }

  /** An erased person trains no cohort. */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await sql.affected(tx, `DELETE FROM cohort_trainers WHERE user_id = $1`, [person.userId]);
  }
}
