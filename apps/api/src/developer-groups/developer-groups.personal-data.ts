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

type GroupSections = Pick<PersonalDataSections, 'developerGroupPosts' | 'developerGroupDocuments'>;

/** The person's posts and shared documents in developer groups, and their follows and read markers. */
@OwnsPersonalData()
@Injectable()
export class DeveloperGroupsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<GroupSections> {
    return selectSections<GroupSections>(
      db,
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
              'threadId', p.thread_id, 'body', p.body, 'hidden', p.hidden, 'createdAt', p.created_at)
            ORDER BY p.created_at), '[]')
            FROM developer_group_posts p WHERE p.author_id = $1) AS "developerGroupPosts",
         (SELECT coalesce(json_agg(json_build_object(
              'documentId', v.document_id, 'name', d.name, 'version', v.version, 'uploadedAt', v.uploaded_at)
            ORDER BY v.uploaded_at), '[]')
            FROM developer_group_document_versions v JOIN developer_group_documents d ON d.id = v.document_id
           WHERE v.uploaded_by = $1) AS "developerGroupDocuments"`,
      [person.userId],
    );
  }

  /**
   * The discussion and the documents belong to the group and stay, no longer linked to the person; their own follows,
   * read markers and facilitator seats go.
   */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    const id = [person.userId];
    await sql.affected(tx, `UPDATE developer_group_posts SET author_id = NULL WHERE author_id = $1`, id);
    await sql.affected(tx, `UPDATE developer_group_posts SET hidden_by = NULL WHERE hidden_by = $1`, id);
    await sql.affected(tx, `UPDATE developer_group_threads SET author_id = NULL WHERE author_id = $1`, id);
    await sql.affected(
      tx,
      `UPDATE developer_group_document_versions SET uploaded_by = NULL WHERE uploaded_by = $1`,
      id,
    );
    await sql.affected(
      tx,
      `UPDATE developer_group_join_requests SET requested_by = NULL WHERE requested_by = $1`,
      id,
    );
    await sql.affected(
      tx,
      `UPDATE developer_group_join_requests SET decided_by = NULL WHERE decided_by = $1`,
      id,
    );
    await sql.affected(tx, `DELETE FROM developer_group_thread_readers WHERE user_id = $1`, id);
    await sql.affected(tx, `DELETE FROM developer_group_facilitators WHERE user_id = $1`, id);
  }
}
