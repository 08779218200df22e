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

type CertificateSections = Pick<PersonalDataSections, 'certificates'>;

/** The person's certificates (certificates). */
@OwnsPersonalData()
@Injectable()
export class CertificatesPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<CertificateSections> {
    return selectSections<CertificateSections>(
      db,
      `SELECT (SELECT coalesce(json_agg(json_build_object(
                   'code', c.code, 'enrollmentId', c.enrollment_id, 'completedOn', c.completed_on,
                   'issuedAt', c.issued_at)
                 ORDER BY c.issued_at), '[]')
                 FROM certificates c WHERE c.user_id = $1) AS certificates`,
      [person.userId],
    );
  }

  /** A certificate names its holder to anyone with the code; an erased person has none. */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await sql.affected(tx, `DELETE FROM certificates WHERE user_id = $1`, [person.userId]);
  }
}
