import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

/** A file of the team's working set, with its uploader's name (users: a listed cross-module read). */
export interface AttachmentRow {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by_name: string | null;
  created_at: Date;
}

/** What a download needs besides the bytes on disk. */
export interface AttachmentFileRow {
  file_name: string;
  media_type: string;
}

/** Whether a submitted version lists the file, so that removing it keeps the row for that version. */
export interface AttachmentUseRow {
  in_version: boolean;
}

export interface NewAttachment {
  id: string;
  submissionId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
}

/** The rows of assignment_attachments; the bytes live in the data directory under the row's id. */
@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The working set (files not removed), or the one file given. */
  list(submissionId: string, only?: string): Promise<AttachmentRow[]> {
    return sql.rows<AttachmentRow>(
      this.db,
      `SELECT a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, nullif(u.full_name, '') AS uploaded_by_name,
              a.created_at
         FROM assignment_attachments a LEFT JOIN users u ON u.id = a.uploaded_by
        WHERE a.submission_id = $1 AND a.removed_at IS NULL AND ($2::uuid IS NULL OR a.id = $2)
        ORDER BY a.created_at, a.id`,
      [submissionId, only ?? null],
    );
  }

  async insert(file: NewAttachment, tx: Db): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO assignment_attachments (id, submission_id, file_name, media_type, size_bytes, sha256, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        file.id,
        file.submissionId,
        file.fileName,
        file.mediaType,
        file.sizeBytes,
        file.sha256,
        file.uploadedBy,
      ],
    );
  }

  /** A current or an earlier (removed but kept for a version) file of the submission. */
  findFile(submissionId: string, attachmentId: string): Promise<AttachmentFileRow | undefined> {
    return sql.one<AttachmentFileRow>(
      this.db,
      `SELECT file_name, media_type FROM assignment_attachments WHERE id = $1 AND submission_id = $2`,
      [attachmentId, submissionId],
    );
  }

  /** A file of the working set, and whether a submitted version lists it; undefined when there is none. */
  findUse(submissionId: string, attachmentId: string, tx: Db): Promise<AttachmentUseRow | undefined> {
    return sql.one<AttachmentUseRow>(
      tx,
      `SELECT EXISTS (SELECT 1 FROM assignment_versions v
                       WHERE v.submission_id = $2 AND v.attachments @> jsonb_build_array(jsonb_build_object('id', $3::text))
                     ) AS in_version
         FROM assignment_attachments WHERE id = $1 AND submission_id = $2 AND removed_at IS NULL`,
      // The id twice: once as a uuid, once as the text the version's JSON holds.
      [attachmentId, submissionId, attachmentId],
    );
  }

  /** Takes the file out of the working set; the row stays for the versions that list it. */
  async markRemoved(attachmentId: string, tx: Db): Promise<void> {
    await sql.affected(tx, `UPDATE assignment_attachments SET removed_at = now() WHERE id = $1`, [
      attachmentId,
    ]);
  }

  async delete(attachmentId: string, tx: Db): Promise<void> {
    await sql.affected(tx, `DELETE FROM assignment_attachments WHERE id = $1`, [attachmentId]);
  }
}
