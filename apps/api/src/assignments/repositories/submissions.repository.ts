import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssignmentResponse,
  AssignmentStatus,
  ManagementReviewOutcome,
  ReviewDecision,
} from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';
import { followsTeam } from '../../groups/team-access.fragments';
import { teamMembersOf, type TeamMemberRow } from './team-members.sql';

/** A team's submission: one per cohort × organisation × assignment activity. */
export interface TeamKey {
  cohortId: string;
  organizationId: string;
  activityId: string;
}

/** The caller's enrolment and whether the activity is an assignment of its cohort's course version. */
export interface EnrolmentAssignmentRow {
  cohort_id: string;
  status: string;
  organization_id: string | null;
  kind: string | null;
}

/** A submission's state and who the caller is to it: the facts the access policy decides on. */
export interface SubmissionAccessRow {
  id: string;
  cohort_id: string;
  organization_id: string;
  activity_id: string;
  status: AssignmentStatus;
  version: number;
  is_member: boolean;
  is_trainer: boolean;
  /** Coaches or mentors the team (the groups module's rule): reads and comments like a trainer, never reviews. */
  is_follower: boolean;
}

/** Everything a submission's page shows besides its state and files; versions and comments as JSON. */
export interface SubmissionViewRow {
  body: string;
  updated_at: Date;
  submitted_at: Date | null;
  updated_by_name: string;
  cohort_name: string;
  organization_name: string;
  activity_title: string | null;
  activity_content: string | null;
  members: AssignmentResponse['members'];
  versions: VersionJson[];
  comments: CommentJson[];
  management_review: ManagementReviewJson | null;
}

/** The management-team review as `json_build_object` writes it: the time is text. */
export interface ManagementReviewJson {
  presentedOn: string;
  outcome: ManagementReviewOutcome;
  note: string | null;
  recordedBy: { id: string; fullName: string } | null;
  recordedAt: string;
}

/** A version as `json_build_object` writes it: the time is text. */
export interface VersionJson {
  version: number;
  body: string;
  attachments: AssignmentResponse['attachments'];
  submittedByName: string | null;
  submittedAt: string;
}

/** A comment as `json_build_object` writes it: the time is text. */
export interface CommentJson {
  id: string;
  authorName: string | null;
  body: string;
  decision: ReviewDecision | null;
  version: number;
  createdAt: string;
}

/** A team's submission with its history as demo data seeds it; `submitted` freezes the text and files as version 1. */
export interface ImportedSubmission extends TeamKey {
  body: string;
  createdAt: Date;
  updatedAt: Date;
  updatedBy: string;
  files: ImportedFile[];
  comments: { authorId: string; body: string; createdAt: Date }[];
  submitted?: { by: string; at: Date };
}

/** A file already stored under its id (AssignmentAttachmentsService.storeFile), uploaded at its own time. */
export interface ImportedFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: Date;
}

/** What a submit checks: is there anything to submit. */
interface SubmitContentRow {
  body: string;
  files: number;
}

interface IdRow {
  id: string;
}

/** The module's submissions and their frozen versions. */
@Injectable()
export class SubmissionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Reads the enrollments, users, cohorts and course versions modules' tables (a listed cross-module read). */
  findEnrolmentAssignment(
    enrollmentId: string,
    userId: string,
    activityId: string,
  ): Promise<EnrolmentAssignmentRow | undefined> {
    return sql.one<EnrolmentAssignmentRow>(
      this.db,
      `SELECT e.cohort_id, e.status, u.organization_id, va.kind
         FROM enrollments e
         JOIN users u ON u.id = e.user_id
         JOIN cohorts c ON c.id = e.cohort_id
         LEFT JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = $3
        WHERE e.id = $1 AND e.user_id = $2`,
      [enrollmentId, userId, activityId],
    );
  }

  /** The team's submission, made as an empty draft when it has none yet; returns its id. */
  async ensureDraft(team: TeamKey): Promise<string> {
    const params = [team.cohortId, team.organizationId, team.activityId];
    await sql.affected(
      this.db,
      `INSERT INTO assignment_submissions (cohort_id, organization_id, activity_id) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT uq_assignment_submissions_team DO NOTHING`,
      params,
    );
    const row = await sql.one<IdRow>(
      this.db,
      `SELECT id FROM assignment_submissions WHERE cohort_id = $1 AND organization_id = $2 AND activity_id = $3`,
      params,
    );
    // The insert above or an earlier one made it; a missing row means the database broke its unique constraint.
    if (!row) throw new Error(`No submission for team ${params.join('/')}`);
    return row.id;
  }

  /** Membership reads enrollments and users; trainers, cohort_trainers (listed cross-module reads). */
  findAccess(
    id: string,
    userId: string,
    lock: boolean,
    db: Db = this.db,
  ): Promise<SubmissionAccessRow | undefined> {
    return sql.one<SubmissionAccessRow>(
      db,
      `SELECT s.id, s.cohort_id, s.organization_id, s.activity_id, s.status, s.version,
              EXISTS (SELECT 1 FROM (${teamMembersOf('s.cohort_id', 's.organization_id')}) m WHERE m.user_id = $2)
                AS is_member,
              EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = s.cohort_id AND ct.user_id = $2) AS is_trainer,
              ${followsTeam('s.cohort_id', 's.organization_id', '$2')} AS is_follower
         FROM assignment_submissions s WHERE s.id = $1${lock ? ' FOR UPDATE OF s' : ''}`,
      [id, userId],
    );
  }

  /** Names come from users, cohorts, organizations and version_activities (listed cross-module reads). */
  findView(id: string): Promise<SubmissionViewRow | undefined> {
    return sql.one<SubmissionViewRow>(
      this.db,
      `SELECT s.body, s.updated_at, s.submitted_at, coalesce(ub.full_name, '') AS updated_by_name,
              c.name AS cohort_name, o.name AS organization_name, va.title AS activity_title,
              va.content AS activity_content,
              (SELECT coalesce(json_agg(json_build_object('userId', m.user_id, 'fullName', m.full_name)
                        ORDER BY m.full_name), '[]')
                 FROM (${teamMembersOf('s.cohort_id', 's.organization_id')}) m) AS members,
              (SELECT coalesce(json_agg(json_build_object(
                        'version', v.version, 'body', v.body, 'attachments', v.attachments,
                        'submittedByName', nullif(sb.full_name, ''), 'submittedAt', v.submitted_at)
                        ORDER BY v.version DESC), '[]')
                 FROM assignment_versions v LEFT JOIN users sb ON sb.id = v.submitted_by
                WHERE v.submission_id = s.id) AS versions,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', cm.id, 'authorName', nullif(au.full_name, ''), 'body', cm.body,
                        'decision', cm.decision, 'version', cm.version, 'createdAt', cm.created_at)
                        ORDER BY cm.created_at, cm.id), '[]')
                 FROM assignment_comments cm LEFT JOIN users au ON au.id = cm.author_id
                WHERE cm.submission_id = s.id) AS comments,
              (SELECT json_build_object(
                        'presentedOn', to_char(mr.presented_on, 'YYYY-MM-DD'), 'outcome', mr.outcome, 'note', mr.note,
                        'recordedBy', CASE WHEN rb.id IS NULL THEN NULL
                                           ELSE json_build_object('id', rb.id, 'fullName', rb.full_name) END,
                        'recordedAt', mr.recorded_at)
                 FROM assignment_management_reviews mr LEFT JOIN users rb ON rb.id = mr.recorded_by
                WHERE mr.submission_id = s.id) AS management_review
         FROM assignment_submissions s
         JOIN cohorts c ON c.id = s.cohort_id
         JOIN organizations o ON o.id = s.organization_id
         LEFT JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = s.activity_id
         LEFT JOIN users ub ON ub.id = s.updated_by
        WHERE s.id = $1`,
      [id],
    );
  }

  /** Saves the text while the team holds the work; 0 when it was submitted meanwhile. */
  saveBody(id: string, body: string, userId: string): Promise<number> {
    return sql.affected(
      this.db,
      `UPDATE assignment_submissions SET body = $2, updated_at = now(), updated_by = $3
        WHERE id = $1 AND status IN ('draft', 'revision_requested')`,
      [id, body, userId],
    );
  }

  async findSubmitContent(id: string, tx: Db): Promise<SubmitContentRow> {
    const row = await sql.one<SubmitContentRow>(
      tx,
      `SELECT s.body, (SELECT count(*)::int FROM assignment_attachments a
                        WHERE a.submission_id = s.id AND a.removed_at IS NULL) AS files
         FROM assignment_submissions s WHERE s.id = $1`,
      [id],
    );
    // Called under the row lock the access check took, so the row is there.
    if (!row) throw new Error(`Submission ${id} vanished under its lock`);
    return row;
  }

  /** Freezes the text and the current files as the next version and hands the work to the trainers. */
  async freezeVersion(id: string, version: number, userId: string, tx: Db): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO assignment_versions (submission_id, version, body, attachments, submitted_by)
       SELECT s.id, $2, s.body,
              (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'fileName', a.file_name,
                        'mediaType', a.media_type, 'size', a.size_bytes) ORDER BY a.created_at, a.id), '[]')
                 FROM assignment_attachments a WHERE a.submission_id = s.id AND a.removed_at IS NULL),
              $3
         FROM assignment_submissions s WHERE s.id = $1`,
      [id, version, userId],
    );
    await sql.affected(
      tx,
      `UPDATE assignment_submissions
          SET status = 'submitted', version = $2, submitted_at = now(), updated_at = now(), updated_by = $3
        WHERE id = $1`,
      [id, version, userId],
    );
  }

  /** The trainer's decision; who changed the team's work last stays as it was. */
  async setDecision(id: string, decision: ReviewDecision, tx: Db): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE assignment_submissions SET status = $2, updated_at = now() WHERE id = $1`,
      [id, decision],
    );
  }

  /** Records that the team's files changed. */
  async touch(id: string, userId: string, tx: Db): Promise<void> {
    await sql.affected(
      tx,
      `UPDATE assignment_submissions SET updated_at = now(), updated_by = $2 WHERE id = $1`,
      [id, userId],
    );
  }

  /** Reads enrollments and users (a listed cross-module read). */
  listTeamMembers(cohortId: string, organizationId: string, db: Db = this.db): Promise<TeamMemberRow[]> {
    return sql.rows<TeamMemberRow>(db, teamMembersOf('$1', '$2'), [cohortId, organizationId]);
  }

  /**
   * Seeding contract (demo data): a submission as it stands after its history, with its files, its version 1 when
   * submitted, and its comments (on that version), at their own times. Writes only this module's tables; answers the id.
   */
  async importSubmission(seed: ImportedSubmission, tx: Db): Promise<string> {
    const version = seed.submitted ? 1 : 0;
    const row = await sql.one<IdRow>(
      tx,
      `INSERT INTO assignment_submissions
         (cohort_id, organization_id, activity_id, status, body, version, created_at, updated_at, updated_by, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        seed.cohortId,
        seed.organizationId,
        seed.activityId,
        seed.submitted ? 'submitted' : 'draft',
        seed.body,
        version,
        seed.createdAt.toISOString(),
        seed.updatedAt.toISOString(),
        seed.updatedBy,
        seed.submitted?.at.toISOString() ?? null,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    const { files } = seed;
    await sql.affected(
      tx,
      `INSERT INTO assignment_attachments (id, submission_id, file_name, media_type, size_bytes, sha256, uploaded_by, created_at)
       SELECT x.id, $1, x.n, x.m, x.s, x.h, x.u, x.t
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[], $7::uuid[], $8::timestamptz[])
         AS x(id, n, m, s, h, u, t)`,
      [
        row.id,
        files.map((f) => f.id),
        files.map((f) => f.fileName),
        files.map((f) => f.mediaType),
        files.map((f) => f.sizeBytes),
        files.map((f) => f.sha256),
        files.map((f) => f.uploadedBy),
        files.map((f) => f.uploadedAt.toISOString()),
      ],
    );
    if (seed.submitted) {
      const listed = files.map((f) => ({
        id: f.id,
        fileName: f.fileName,
        mediaType: f.mediaType,
        size: f.sizeBytes,
      }));
      await sql.affected(
        tx,
        `INSERT INTO assignment_versions (submission_id, version, body, attachments, submitted_by, submitted_at)
         VALUES ($1, 1, $2, $3, $4, $5)`,
        [row.id, seed.body, JSON.stringify(listed), seed.submitted.by, seed.submitted.at.toISOString()],
      );
    }
    await sql.affected(
      tx,
      `INSERT INTO assignment_comments (submission_id, author_id, body, version, created_at)
       SELECT $1, x.a, x.b, $2, x.t FROM unnest($3::uuid[], $4::text[], $5::timestamptz[]) AS x(a, b, t)`,
      [
        row.id,
        version,
        seed.comments.map((c) => c.authorId),
        seed.comments.map((c) => c.body),
        seed.comments.map((c) => c.createdAt.toISOString()),
      ],
    );
    return row.id;
  }
}
