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

type SsoSections = Pick<PersonalDataSections, 'signInIdentities'>;

/** The identities at organisations' providers bound to the person (sso_identities), and their one-time codes. */
@OwnsPersonalData()
@Injectable()
export class SsoPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<SsoSections> {
    return selectSections<SsoSections>(
      db,
      `SELECT (SELECT coalesce(json_agg(json_build_object(
                 'issuer', i.issuer, 'subject', i.subject, 'createdAt', i.created_at, 'lastUsedAt', i.last_used_at)
               ORDER BY i.created_at), '[]')
                 FROM sso_identities i WHERE i.user_id = $1) AS "signInIdentities"`,
      [person.userId],
    );
  }

  /** The erased person can no longer be reached through a provider: the bindings go, and any code not yet used. */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await sql.affected(tx, `DELETE FROM sso_identities WHERE user_id = $1`, [person.userId]);
    await sql.affected(tx, `DELETE FROM sso_one_time_codes WHERE user_id = $1`, [person.userId]);
  }
}
