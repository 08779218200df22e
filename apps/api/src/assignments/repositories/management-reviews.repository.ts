import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ManagementReviewOutcome } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

export interface ManagementReviewRow {
  presented_on: string;
  outcome: ManagementReviewOutcome;
  note: string | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

/** The seeding contract's and the team's record of the presentation to the management team. */
export interface ManagementReviewWrite {
  submissionId: string;
  presentedOn: string;
  outcome: ManagementReviewOutcome;
  note: string | null;
  recordedBy: string;
}

/** When the team presented its development task to its own management team, and what came of it: one per submission. */
@Injectable()
export class ManagementReviewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Recording again replaces the earlier record (the team's latest presentation is the one that counts). */
  async save(w: ManagementReviewWrite, db: Db = this.db): Promise<void> {
    await sql.affected(
      db,
      `INSERT INTO assignment_management_reviews (submission_id, presented_on, outcome, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (submission_id) DO UPDATE
         SET presented_on = excluded.presented_on, outcome = excluded.outcome, note = excluded.note,
             recorded_by = excluded.recorded_by, recorded_at = now()`,
      [w.submissionId, w.presentedOn, w.outcome, w.note, w.recordedBy],
    );
  }

  /** Names from users (a listed cross-module read). */
  find(submissionId: string, db: Db = this.db): Promise<ManagementReviewRow | undefined> {
    return sql.one<ManagementReviewRow>(
      db,
      `SELECT to_char(mr.presented_on, 'YYYY-MM-DD') AS presented_on, mr.outcome, mr.note, mr.recorded_by,
              u.full_name AS recorded_by_name, mr.recorded_at
         FROM assignment_management_reviews mr LEFT JOIN users u ON u.id = mr.recorded_by
        WHERE mr.submission_id = $1`,
      [submissionId],
    );
  }
}
