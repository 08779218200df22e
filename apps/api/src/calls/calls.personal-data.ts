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

type CallSections = Pick<PersonalDataSections, 'callApplications' | 'applicationReviews'>;

/** The applications the person started or submitted, and the reviews they wrote (call_applications, application_reviews). */
@OwnsPersonalData()
@Injectable()
export class CallsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<CallSections> {
    return selectSections<CallSections>(
      db,
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
              'applicationId', a.id, 'callId', a.call_id, 'status', a.status, 'createdAt', a.created_at,
              'submittedAt', a.submitted_at) ORDER BY a.created_at), '[]')
            FROM call_applications a WHERE $1 IN (a.created_by, a.submitted_by)) AS "callApplications",
         (SELECT coalesce(json_agg(json_build_object(
              'applicationId', r.application_id, 'scores', r.scores, 'comment', r.comment, 'updatedAt', r.updated_at)
            ORDER BY r.created_at), '[]')
            FROM application_reviews r WHERE r.reviewer_id = $1) AS "applicationReviews"`,
      [person.userId],
    );
  }

  /**
   * The applications belong to their organisations and stay; the reviews' scores stay for the selection's record,
   * their comments (the reviewer's own words) go.
   */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    await sql.affected(tx, `UPDATE application_reviews SET comment = '' WHERE reviewer_id = $1`, [
      person.userId,
    ]);
  }
}
