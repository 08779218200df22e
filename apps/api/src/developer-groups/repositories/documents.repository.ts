// Reads across modules (read-only): users (full_name) of who added each version.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupDocumentVersion } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface DocumentRow {
  id: string;
  group_id: string;
  name: string;
  /** The latest version's id: the file on disk. */
  file_id: string;
  media_type: string;
  size_bytes: number;
  version: number;
  uploader_id: string | null;
  uploader_name: string | null;
  uploaded_at: Date;
  versions: GroupDocumentVersion[];
}

export interface NewVersion {
  fileId: string;
  groupId: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  at?: Date;
}

const DOCUMENT_SELECT = `
  d.id, d.group_id, d.name, v.id AS file_id, v.media_type, v.size_bytes, v.version, v.uploaded_by AS uploader_id,
  u.full_name AS uploader_name, v.uploaded_at,
  (SELECT json_agg(json_build_object(
            'version', h.version, 'mediaType', h.media_type, 'size', h.size_bytes, 'uploadedAt', h.uploaded_at,
            'uploadedBy', CASE WHEN hu.id IS NULL THEN NULL
                               ELSE json_build_object('id', hu.id, 'fullName', hu.full_name) END)
          ORDER BY h.version DESC)
     FROM developer_group_document_versions h LEFT JOIN users hu ON hu.id = h.uploaded_by
    WHERE h.document_id = d.id) AS versions
  FROM developer_group_documents d
  JOIN LATERAL (SELECT * FROM developer_group_document_versions x WHERE x.document_id = d.id
                 ORDER BY x.version DESC LIMIT 1) v ON true
  LEFT JOIN users u ON u.id = v.uploaded_by`;

/** The only code that reads and writes developer_group_documents and their versions. */
@Injectable()
export class DocumentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Stores a version under its name: the document row is made or locked first, so two uploads of one name at once
   * get versions one after the other. Answers the document's id.
   */
  addVersion(v: NewVersion, db?: Db): Promise<string> {
    const work = async (tx: Db) => {
      const doc = await sql.one<{ id: string }>(
        tx,
        `INSERT INTO developer_group_documents (group_id, name) VALUES ($1, $2)
         ON CONFLICT (group_id, name) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [v.groupId, v.name],
      );
      if (!doc) throw new Error('INSERT … RETURNING gave no row');
      await sql.affected(
        tx,
        `INSERT INTO developer_group_document_versions
           (id, document_id, version, media_type, size_bytes, sha256, uploaded_by, uploaded_at)
         SELECT $1, $2, coalesce(max(version), 0) + 1, $3, $4, $5, $6, coalesce($7::timestamptz, now())
           FROM developer_group_document_versions WHERE document_id = $2`,
        [v.fileId, doc.id, v.mediaType, v.sizeBytes, v.sha256, v.uploadedBy, v.at ?? null],
      );
      return doc.id;
    };
    return db ? work(db) : this.db.transaction(work);
  }

  find(id: string): Promise<DocumentRow | undefined> {
    return sql.one<DocumentRow>(this.db, `SELECT ${DOCUMENT_SELECT} WHERE d.id = $1`, [id]);
  }

  list(groupId: string): Promise<DocumentRow[]> {
    return sql.rows<DocumentRow>(
      this.db,
      `SELECT ${DOCUMENT_SELECT} WHERE d.group_id = $1 ORDER BY v.uploaded_at DESC, d.id`,
      [groupId],
    );
  }
}
