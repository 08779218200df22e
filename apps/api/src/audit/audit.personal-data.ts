// Reads across modules (read-only): enrollments (id, user_id) of enrollments, for the events about the person's
// enrolments.
import { Injectable } from '@nestjs/common';

import type { Db } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type AuditSections = Pick<PersonalDataSections, 'auditEvents'>;

/** Audit events the person caused or that concern them or their enrolments (audit_events). */
@OwnsPersonalData()
@Injectable()
export class AuditPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<AuditSections> {
    return selectSections<AuditSections>(
      db,
      `SELECT (SELECT coalesce(json_agg(json_build_object(
                   'action', a.action, 'subjectType', a.subject_type, 'createdAt', a.created_at,
                   'details', a.details)
                 ORDER BY a.created_at), '[]')
                 FROM audit_events a
                WHERE a.actor_id = $1 OR a.subject_id = $1
                   OR a.subject_id IN (SELECT id FROM enrollments WHERE user_id = $1)) AS "auditEvents"`,
      [person.userId],
    );
  }

  /** The trail of who changed what stays; the user row it points to no longer names the person. */
  erase(): Promise<void> {
    return Promise.resolve();
  }
}
