import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Db, sql } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type CaseSections = Pick<PersonalDataSections, 'casesWritten' | 'caseComments'>;

/** The cases the person wrote and their comments in the case library (procurement_cases, case_comments). */
@OwnsPersonalData()
@Injectable()
export class CasesPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<CaseSections> {
    return selectSections<CaseSections>(
      db,
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
              'caseId', pc.id, 'title', pc.title, 'status', pc.status, 'createdAt', pc.created_at)
            ORDER BY pc.created_at), '[]')
            FROM procurement_cases pc WHERE pc.author_id = $1) AS "casesWritten",
         (SELECT coalesce(json_agg(json_build_object(
              'caseId', cc.case_id, 'body', cc.body, 'createdAt', cc.created_at)
            ORDER BY cc.created_at), '[]')
            FROM case_comments cc WHERE cc.author_id = $1) AS "caseComments"`,
      [person.userId],
    );
  }

  /** Their comments speak in their name and go; the cases they wrote belong to the organisation and stay. */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await sql.affected(tx, `DELETE FROM case_comments WHERE author_id = $1`, [person.userId]);
  }
}
