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

type AssignmentSections = Pick<
  PersonalDataSections,
  'assignmentComments' | 'assignmentUploads' | 'managementReviews'
>;

/**
 * The person's comments on team assignments and the files they attached (assignment_comments,
 * assignment_attachments; their name also stands on assignment_versions and assignment_submissions).
 */
@OwnsPersonalData()
@Injectable()
export class AssignmentsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<AssignmentSections> {
    return selectSections<AssignmentSections>(
      db,
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
              'submissionId', ac.submission_id, 'body', ac.body, 'decision', ac.decision, 'createdAt', ac.created_at)
            ORDER BY ac.created_at), '[]')
            FROM assignment_comments ac WHERE ac.author_id = $1) AS "assignmentComments",
         (SELECT coalesce(json_agg(json_build_object(
              'submissionId', aa.submission_id, 'fileName', aa.file_name, 'mediaType', aa.media_type,
              'size', aa.size_bytes, 'createdAt', aa.created_at)
            ORDER BY aa.created_at), '[]')
            FROM assignment_attachments aa WHERE aa.uploaded_by = $1) AS "assignmentUploads",
         (SELECT coalesce(json_agg(json_build_object(
              'submissionId', mr.submission_id, 'presentedOn', to_char(mr.presented_on, 'YYYY-MM-DD'),
              'outcome', mr.outcome, 'recordedAt', mr.recorded_at)
            ORDER BY mr.recorded_at), '[]')
            FROM assignment_management_reviews mr WHERE mr.recorded_by = $1) AS "managementReviews"`,
      [person.userId],
    );
  }

  /**
   * Their comments go; the team's text, files and versions stay with the team, no longer naming who wrote, uploaded
   * or submitted them. A trainer's decision stays, without its words.
   */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    const params = [person.userId];
    await sql.affected(
      tx,
      `DELETE FROM assignment_comments WHERE author_id = $1 AND decision IS NULL`,
      params,
    );
    await sql.affected(
      tx,
      `UPDATE assignment_comments SET author_id = NULL, body = '' WHERE author_id = $1`,
      params,
    );
    await sql.affected(
      tx,
      `UPDATE assignment_attachments SET uploaded_by = NULL WHERE uploaded_by = $1`,
      params,
    );
    await sql.affected(
      tx,
      `UPDATE assignment_versions SET submitted_by = NULL WHERE submitted_by = $1`,
      params,
    );
    await sql.affected(
      tx,
      `UPDATE assignment_submissions SET updated_by = NULL WHERE updated_by = $1`,
      params,
    );
    // The team's record of its presentation stays with the team, no longer naming who recorded it.
    await sql.affected(
      tx,
      `UPDATE assignment_management_reviews SET recorded_by = NULL WHERE recorded_by = $1`,
      params,
    );
  }
}
