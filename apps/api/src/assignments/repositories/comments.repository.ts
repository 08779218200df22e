import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReviewDecision } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';
import { teamMembersOf } from './team-members.sql';

/** A comment as answered, with its author's name (users: a listed cross-module read). */
export interface CommentRow {
  id: string;
  author_name: string | null;
  body: string;
  decision: ReviewDecision | null;
  version: number;
  created_at: Date;
}

/** A member of an approved team whose assignment activity is not completed yet, and who approved it. */
export interface MissingCompletionRow {
  enrollment_id: string;
  activity_id: string;
  recorded_by: string;
}

/** The discussion of a submission and the trainers' decisions, both in assignment_comments. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertComment(
    submissionId: string,
    authorId: string,
    body: string,
    version: number,
  ): Promise<CommentRow> {
    const row = await sql.one<CommentRow>(
      this.db,
      `WITH added AS (
         INSERT INTO assignment_comments (submission_id, author_id, body, version) VALUES ($1, $2, $3, $4)
         RETURNING id, author_id, body, decision, version, created_at)
       SELECT a.id, nullif(u.full_name, '') AS author_name, a.body, a.decision, a.version, a.created_at
         FROM added a LEFT JOIN users u ON u.id = a.author_id`,
      [submissionId, authorId, body, version],
    );
    // INSERT … RETURNING always answers the row it made.
    if (!row) throw new Error(`Comment on ${submissionId} not returned`);
    return row;
  }

  /** The comment that goes with a review decision, on the version reviewed. */
  async insertDecision(
    submissionId: string,
    reviewerId: string,
    body: string,
    decision: ReviewDecision,
    version: number,
    tx: Db,
  ): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO assignment_comments (submission_id, author_id, body, decision, version)
       VALUES ($1, $2, $3, $4, $5)`,
      [submissionId, reviewerId, body, decision, version],
    );
  }

  /**
   * Members of approved teams (all, or the one submission or enrolment given) whose activity is not completed, with
   * the last approver as the one who records it (the member when the approver was erased). Reads progress,
   * enrollments and users (listed cross-module reads).
   */
  listMissingCompletions(only: {
    submissionId?: string;
    enrollmentId?: string;
  }): Promise<MissingCompletionRow[]> {
    return sql.rows<MissingCompletionRow>(
      this.db,
      `SELECT m.enrollment_id, s.activity_id,
              coalesce((SELECT c.author_id FROM assignment_comments c
                         WHERE c.submission_id = s.id AND c.decision = 'approved'
                         ORDER BY c.created_at DESC LIMIT 1), m.user_id) AS recorded_by
         FROM assignment_submissions s
         CROSS JOIN LATERAL (${teamMembersOf('s.cohort_id', 's.organization_id')}) m
        WHERE s.status = 'approved' AND ($1::uuid IS NULL OR s.id = $1)
          AND ($2::uuid IS NULL OR m.enrollment_id = $2)
          AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = m.enrollment_id
                             AND p.activity_id = s.activity_id AND p.state = 'completed')`,
      [only.submissionId ?? null, only.enrollmentId ?? null],
    );
  }
}
