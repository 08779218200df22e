import { Injectable } from '@nestjs/common';

import type { Db } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type OrganizationSections = Pick<PersonalDataSections, 'organization'>;

/** The organisation the person belongs to (organizations). */
@OwnsPersonalData()
@Injectable()
export class OrganizationsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<OrganizationSections> {
    return selectSections<OrganizationSections>(
      db,
      `SELECT (SELECT json_build_object('id', o.id, 'name', o.name, 'businessId', o.business_id)
                 FROM organizations o WHERE o.id = $1::uuid) AS organization`,
      [person.organizationId],
    );
  }

  /** The organisation is the employer's, not the person's: it stays. */
  erase(): Promise<void> {
    return Promise.resolve();
  }
}
