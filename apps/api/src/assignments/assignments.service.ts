import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AssignmentAttachmentResponse,
  AssignmentCommentResponse,
  AssignmentResponse,
  AssignmentStatus,
  AssignmentVersionResponse,
  ListResponse,
  ReviewDecision,
  TeamAssignmentSummary,
} from '@keino/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { sanitizeRichText } from '../courses/rich-text';
import { ENROLLMENT_STATUS_CHANGED, EnrollmentStatusChangedEvent } from '../enrollments/enrollment.events';
import { ProgressService } from '../progress/progress.service';
import { ASSIGNMENT_REVIEWED, AssignmentReviewedEvent } from './assignment.events';
import { checkAttachment, cleanFileName, isBlankText, isEditable } from './assignment-rules';
import { detectMediaType } from './detect-media-type';

/** Who the caller is to a submission: a member of the team, one of the cohort's trainers, or neither. */
interface Access {
  id: string;
  cohort_id: string;
  organization_id: string;
  activity_id: string;
  status: AssignmentStatus;
  version: number;
  is_member: boolean;
  is_trainer: boolean;
}

interface AttachmentRow {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by_name: string | null;
  created_at: Date;
}

// Members: people of the organisation with an active or completed enrolment in the cohort (not erased ones).
const MEMBER_OF = (cohort: string, org: string) => `
  SELECT e.id AS enrollment_id, e.user_id, e.status, u.full_name
    FROM enrollments e JOIN users u ON u.id = e.user_id
   WHERE e.cohort_id = ${cohort} AND u.organization_id = ${org} AND e.status IN ('active', 'completed')
     AND u.erased_at IS NULL`;

const toAttachment = (r: AttachmentRow): AssignmentAttachmentResponse => ({
  id: r.id,
  fileName: r.file_name,
  mediaType: r.media_type,
  size: r.size_bytes,
  sha256: r.sha256,
  uploadedByName: r.uploaded_by_name || null,
  createdAt: r.created_at.toISOString(),
});

/**
 * The team development assignment: one submission per team (cohort × organisation) and assignment activity, which
 * every member edits; a submit freezes a version; the cohort's trainers ask for a revision or approve, and approval
 * completes the activity for every member. Anyone else is told the submission does not exist.
 */
@Injectable()
export class AssignmentsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AssignmentsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  /** The caller's team's submission for an assignment activity of the enrolment's cohort, made as a draft at first. */
  async forEnrollment(
    caller: AuthUser,
    enrollmentId: string,
    activityId: string,
  ): Promise<AssignmentResponse> {
    const [row] = (await this.db.query(
      `SELECT e.cohort_id, e.status, u.organization_id, va.kind
         FROM enrollments e
         JOIN users u ON u.id = e.user_id
         JOIN cohorts c ON c.id = e.cohort_id
         LEFT JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = $3
        WHERE e.id = $1 AND e.user_id = $2`,
      [enrollmentId, caller.id, activityId],
    )) as { cohort_id: string; status: string; organization_id: string | null; kind: string | null }[];
    if (!row) throw new AppError('NOT_FOUND', 'Enrolment not found');
    if (row.kind !== 'assignment') {
      throw new AppError('NOT_FOUND', 'This cohort’s course has no such assignment');
    }
    if (row.status !== 'active' && row.status !== 'completed') {
      throw new AppError('ENROLLMENT_NOT_ACTIVE', `The enrolment is ${row.status}`);
    }
    if (!row.organization_id) {
      throw new AppError(
        'NO_ORGANIZATION',
        'The assignment is done by an organisation’s team; yours is not set',
      );
    }
    await this.db.query(
      `INSERT INTO assignment_submissions (cohort_id, organization_id, activity_id) VALUES ($1, $2, $3)
       ON CONFLICT ON CONSTRAINT uq_assignment_submissions_team DO NOTHING`,
      [row.cohort_id, row.organization_id, activityId],
    );
    const [{ id }] = (await this.db.query(
      `SELECT id FROM assignment_submissions WHERE cohort_id = $1 AND organization_id = $2 AND activity_id = $3`,
      [row.cohort_id, row.organization_id, activityId],
    )) as { id: string }[];
    return this.get(caller, id);
  }

  async get(caller: AuthUser, id: string): Promise<AssignmentResponse> {
    const access = await this.visible(caller, id);
    const [head] = (await this.db.query(
      `SELECT s.body, s.updated_at, s.submitted_at, coalesce(ub.full_name, '') AS updated_by_name,
              c.name AS cohort_name, o.name AS organization_name, va.title AS activity_title,
              va.content AS activity_content,
              (SELECT coalesce(json_agg(json_build_object('userId', m.user_id, 'fullName', m.full_name)
                        ORDER BY m.full_name), '[]')
                 FROM (${MEMBER_OF('s.cohort_id', 's.organization_id')}) m) AS members,
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
                WHERE cm.submission_id = s.id) AS comments
         FROM assignment_submissions s
         JOIN cohorts c ON c.id = s.cohort_id
         JOIN organizations o ON o.id = s.organization_id
         LEFT JOIN version_activities va ON va.version_id = c.course_version_id AND va.activity_id = s.activity_id
         LEFT JOIN users ub ON ub.id = s.updated_by
        WHERE s.id = $1`,
      [id],
    )) as {
      body: string;
      updated_at: Date;
      submitted_at: Date | null;
      updated_by_name: string;
      cohort_name: string;
      organization_name: string;
      activity_title: string | null;
      activity_content: string | null;
      members: AssignmentResponse['members'];
      versions: (Omit<AssignmentVersionResponse, 'submittedAt'> & { submittedAt: string })[];
      comments: (Omit<AssignmentCommentResponse, 'createdAt'> & { createdAt: string })[];
    }[];
    const attachments = await this.attachments(id);
    const iso = (s: string) => new Date(s).toISOString();
    return {
      id,
      cohortId: access.cohort_id,
      cohortName: head.cohort_name,
      organizationId: access.organization_id,
      organizationName: head.organization_name,
      activityId: access.activity_id,
      activityTitle: head.activity_title ?? '',
      activityContent: head.activity_content ?? '',
      status: access.status,
      body: head.body,
      version: access.version,
      updatedAt: head.updated_at.toISOString(),
      updatedByName: head.updated_by_name || null,
      submittedAt: head.submitted_at?.toISOString() ?? null,
      members: head.members,
      attachments,
      versions: head.versions.map((v) => ({ ...v, submittedAt: iso(v.submittedAt) })),
      comments: head.comments.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
      canEdit: access.is_member && isEditable(access.status),
      canReview: (access.is_trainer || isAdmin(caller)) && access.status === 'submitted',
    };
  }

  async update(caller: AuthUser, id: string, body: string): Promise<AssignmentResponse> {
    await this.editable(caller, id);
    const [, changed] = (await this.db.query(
      `UPDATE assignment_submissions SET body = $2, updated_at = now(), updated_by = $3
        WHERE id = $1 AND status IN ('draft', 'revision_requested')`,
      [id, sanitizeRichText(body), caller.id],
    )) as [unknown, number];
    // A teammate submitted between the check and the write: say so rather than drop the text silently.
    if (changed === 0) throw new AppError('ASSIGNMENT_LOCKED', 'The assignment was just submitted');
    return this.get(caller, id);
  }

  /** Freezes the text and the current files as the next version; the trainer then reviews it. */
  async submit(caller: AuthUser, id: string): Promise<AssignmentResponse> {
    await this.db.transaction(async (tx) => {
      // The row lock makes two members' simultaneous submits one version, not two.
      const access = await this.editable(caller, id, tx, true);
      const [{ body, files }] = (await tx.query(
        `SELECT s.body, (SELECT count(*)::int FROM assignment_attachments a
                          WHERE a.submission_id = s.id AND a.removed_at IS NULL) AS files
           FROM assignment_submissions s WHERE s.id = $1`,
        [id],
      )) as { body: string; files: number }[];
      if (isBlankText(body) && files === 0) {
        throw new AppError('ASSIGNMENT_EMPTY', 'Write the text or attach a file before submitting');
      }
      const version = access.version + 1;
      await tx.query(
        `INSERT INTO assignment_versions (submission_id, version, body, attachments, submitted_by)
         SELECT s.id, $2, s.body,
                (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'fileName', a.file_name,
                          'mediaType', a.media_type, 'size', a.size_bytes) ORDER BY a.created_at, a.id), '[]')
                   FROM assignment_attachments a WHERE a.submission_id = s.id AND a.removed_at IS NULL),
                $3
           FROM assignment_submissions s WHERE s.id = $1`,
        [id, version, caller.id],
      );
      await tx.query(
        `UPDATE assignment_submissions
            SET status = 'submitted', version = $2, submitted_at = now(), updated_at = now(), updated_by = $3
          WHERE id = $1`,
        [id, version, caller.id],
      );
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'assignment.submitted',
          subjectType: 'assignment',
          subjectId: id,
          details: { version, cohortId: access.cohort_id, organizationId: access.organization_id },
        },
      ]);
    });
    return this.get(caller, id);
  }

  /**
   * A trainer's decision on the submitted version. Approval then completes the activity for every member through
   * ProgressService (counters and certificates follow); a repeated completion changes nothing.
   */
  async review(
    caller: AuthUser,
    id: string,
    decision: ReviewDecision,
    comment: string | undefined,
  ): Promise<AssignmentResponse> {
    const text = comment?.trim() ?? '';
    if (decision === 'revision_requested' && !text) {
      throw new AppError('COMMENT_REQUIRED', 'Say what to revise: comment is required');
    }
    const reviewed = await this.db.transaction(async (tx) => {
      const access = await this.lock(caller, id, tx);
      if (!(access.is_trainer || isAdmin(caller))) {
        throw new AppError('FORBIDDEN', 'The cohort’s trainers review the assignment');
      }
      if (access.is_member && !isAdmin(caller)) {
        throw new AppError('OWN_TEAM', 'Another trainer reviews the work of a team you belong to');
      }
      if (access.status !== 'submitted') {
        throw new AppError('NOT_SUBMITTED', `The assignment is ${access.status}, not awaiting review`);
      }
      await tx.query(`UPDATE assignment_submissions SET status = $2, updated_at = now() WHERE id = $1`, [
        id,
        decision,
      ]);
      await tx.query(
        `INSERT INTO assignment_comments (submission_id, author_id, body, decision, version)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, caller.id, text, decision, access.version],
      );
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'assignment.reviewed',
          subjectType: 'assignment',
          subjectId: id,
          details: { decision, version: access.version, cohortId: access.cohort_id },
        },
      ]);
      const members = (await tx.query(MEMBER_OF('$1', '$2'), [access.cohort_id, access.organization_id])) as {
        enrollment_id: string;
        user_id: string;
        status: string;
      }[];
      return { access, members };
    });
    const { access, members } = reviewed;
    if (decision === 'approved') await this.completeApproved({ submissionId: id });
    const event: AssignmentReviewedEvent = {
      submissionId: id,
      cohortId: access.cohort_id,
      organizationId: access.organization_id,
      activityId: access.activity_id,
      decision,
      reviewerId: caller.id,
      memberUserIds: members.map((m) => m.user_id),
      version: access.version,
    };
    try {
      await this.events.emitAsync(ASSIGNMENT_REVIEWED, event);
    } catch (error) {
      // The review stands; a listener's failure (a reminder not sent) must not undo it.
      this.logger.error(`A listener of ${ASSIGNMENT_REVIEWED} failed: ${String(error)}`);
    }
    return this.get(caller, id);
  }

  /**
   * Completes the assignment activity for every member of approved teams (all, or the one given) who has not got it
   * yet, through ProgressService (counters and certificates follow). Run after each approval, and at start: the
   * approval commits before these writes, so a crash between them is repaired by the next start.
   */
  async completeApproved(only: { submissionId?: string; enrollmentId?: string } = {}): Promise<number> {
    const missing = (await this.db.query(
      `SELECT m.enrollment_id, s.activity_id,
              coalesce((SELECT c.author_id FROM assignment_comments c
                         WHERE c.submission_id = s.id AND c.decision = 'approved'
                         ORDER BY c.created_at DESC LIMIT 1), m.user_id) AS recorded_by
         FROM assignment_submissions s
         CROSS JOIN LATERAL (${MEMBER_OF('s.cohort_id', 's.organization_id')}) m
        WHERE s.status = 'approved' AND ($1::uuid IS NULL OR s.id = $1)
          AND ($2::uuid IS NULL OR m.enrollment_id = $2)
          AND NOT EXISTS (SELECT 1 FROM progress p WHERE p.enrollment_id = m.enrollment_id
                             AND p.activity_id = s.activity_id AND p.state = 'completed')`,
      [only.submissionId ?? null, only.enrollmentId ?? null],
    )) as { enrollment_id: string; activity_id: string; recorded_by: string }[];
    // What fails here is retried by the next sweep.
    return this.progress.completeEachOnBehalf(
      missing.map((m) => ({
        enrollmentId: m.enrollment_id,
        activityId: m.activity_id,
        recordedBy: m.recorded_by,
      })),
    );
  }

  /** A member who joins (or rejoins) a team whose assignment is approved has it done, like the others. */
  @OnEvent(ENROLLMENT_STATUS_CHANGED)
  async onEnrollmentStatusChanged(event: EnrollmentStatusChangedEvent): Promise<void> {
    if (event.to !== 'active') return;
    await this.completeApproved({ enrollmentId: event.enrollmentId }).catch((error: unknown) =>
      this.logger.warn(`Approved assignment not applied to a new member: ${String(error)}`),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // Never keeps the API from starting: what fails here is retried at the next start.
    const completed = await this.completeApproved().catch((error: unknown) => {
      this.logger.error(`Approved assignments not swept: ${String(error)}`);
      return 0;
    });
    if (completed > 0) this.logger.log(`Completed ${completed} approved team assignments left incomplete`);
  }

  /** Members and the cohort's trainers (and admins) discuss the work at any stage. */
  async comment(caller: AuthUser, id: string, body: string): Promise<AssignmentCommentResponse> {
    const access = await this.visible(caller, id);
    const text = body.trim();
    if (!text) throw new AppError('VALIDATION_FAILED', 'body must not be empty');
    const [row] = (await this.db.query(
      `WITH added AS (
         INSERT INTO assignment_comments (submission_id, author_id, body, version) VALUES ($1, $2, $3, $4)
         RETURNING id, author_id, body, decision, version, created_at)
       SELECT a.id, nullif(u.full_name, '') AS author_name, a.body, a.decision, a.version, a.created_at
         FROM added a LEFT JOIN users u ON u.id = a.author_id`,
      [id, caller.id, text, access.version],
    )) as {
      id: string;
      author_name: string | null;
      body: string;
      decision: ReviewDecision | null;
      version: number;
      created_at: Date;
    }[];
    return {
      id: row.id,
      authorName: row.author_name,
      body: row.body,
      decision: row.decision,
      version: row.version,
      createdAt: row.created_at.toISOString(),
    };
  }

  /** Stores a file whose content is an allowed type; the name is kept only as a label. */
  async attach(
    caller: AuthUser,
    id: string,
    file: { fileName: string | undefined; data: Buffer },
  ): Promise<AssignmentAttachmentResponse> {
    // Who may attach was checked before the upload was read (assertEditable); it is checked again under lock below.
    const mediaType = checkAttachment(await detectMediaType(file.data), file.data.length);
    const attachmentId = randomUUID();
    const dir = join(this.config.dataDir, 'attachments');
    await mkdir(dir, { recursive: true });
    const path = join(dir, attachmentId);
    await writeFile(path, file.data, { mode: 0o600 });
    try {
      await this.db.transaction(async (tx) => {
        // Checked again under the lock: a submit may have happened while the file was being read.
        await this.editable(caller, id, tx, true);
        await tx.query(
          `INSERT INTO assignment_attachments (id, submission_id, file_name, media_type, size_bytes, sha256, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            attachmentId,
            id,
            cleanFileName(file.fileName),
            mediaType,
            file.data.length,
            createHash('sha256').update(file.data).digest('hex'),
            caller.id,
          ],
        );
        await tx.query(
          `UPDATE assignment_submissions SET updated_at = now(), updated_by = $2 WHERE id = $1`,
          [id, caller.id],
        );
      });
    } catch (error) {
      await unlink(path).catch(() => undefined);
      throw error;
    }
    const [row] = await this.attachments(id, attachmentId);
    return row;
  }

  /** The file of a current or an earlier submitted attachment, for anyone who sees the submission. */
  async download(
    caller: AuthUser,
    id: string,
    attachmentId: string,
  ): Promise<{ fileName: string; mediaType: string; data: Buffer }> {
    await this.visible(caller, id);
    const [row] = (await this.db.query(
      `SELECT file_name, media_type FROM assignment_attachments WHERE id = $1 AND submission_id = $2`,
      [attachmentId, id],
    )) as { file_name: string; media_type: string }[];
    if (!row) throw new AppError('NOT_FOUND', 'Attachment not found');
    const data = await readFile(join(this.config.dataDir, 'attachments', attachmentId)).catch(() => {
      throw new AppError('NOT_FOUND', 'The attachment’s file is missing');
    });
    return { fileName: row.file_name, mediaType: row.media_type, data };
  }

  /** Removes a file from the working set; one that a submitted version lists is kept for that version. */
  async detach(caller: AuthUser, id: string, attachmentId: string): Promise<void> {
    const removeFile = await this.db.transaction(async (tx) => {
      await this.editable(caller, id, tx, true);
      const [row] = (await tx.query(
        `SELECT EXISTS (SELECT 1 FROM assignment_versions v
                         WHERE v.submission_id = $2 AND v.attachments @> jsonb_build_array(jsonb_build_object('id', $3::text))
                       ) AS in_version
           FROM assignment_attachments WHERE id = $1 AND submission_id = $2 AND removed_at IS NULL`,
        // The id twice: once as a uuid, once as the text the version's JSON holds.
        [attachmentId, id, attachmentId],
      )) as { in_version: boolean }[];
      if (!row) throw new AppError('NOT_FOUND', 'Attachment not found');
      if (row.in_version) {
        await tx.query(`UPDATE assignment_attachments SET removed_at = now() WHERE id = $1`, [attachmentId]);
      } else {
        await tx.query(`DELETE FROM assignment_attachments WHERE id = $1`, [attachmentId]);
      }
      await tx.query(`UPDATE assignment_submissions SET updated_at = now(), updated_by = $2 WHERE id = $1`, [
        id,
        caller.id,
      ]);
      return !row.in_version;
    });
    if (removeFile)
      await unlink(join(this.config.dataDir, 'attachments', attachmentId)).catch(() => undefined);
  }

  /**
   * Every team of the cohort (organisations with active or completed members) for each assignment activity of its
   * course version, with the submission's state or `not_started`: one query.
   */
  async forCohort(
    caller: AuthUser,
    cohortId: string,
    page: { limit: number; offset: number },
  ): Promise<ListResponse<TeamAssignmentSummary>> {
    const [cohort] = (await this.db.query(
      `SELECT c.id, EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = c.id AND ct.user_id = $2) AS is_trainer
         FROM cohorts c WHERE c.id = $1`,
      [cohortId, caller.id],
    )) as { id: string; is_trainer: boolean }[];
    if (!cohort || !(cohort.is_trainer || isAdmin(caller))) {
      throw new AppError('NOT_FOUND', 'Cohort not found');
    }
    const rows = (await this.db.query(
      `WITH teams AS (
         SELECT u.organization_id, count(*)::int AS members
           FROM enrollments e JOIN users u ON u.id = e.user_id
          WHERE e.cohort_id = $1 AND e.status IN ('active', 'completed') AND u.organization_id IS NOT NULL
            AND u.erased_at IS NULL
          GROUP BY u.organization_id),
       tasks AS (
         SELECT va.activity_id, va.title, va.ordinal
           FROM cohorts c JOIN version_activities va ON va.version_id = c.course_version_id
          WHERE c.id = $1 AND va.kind = 'assignment')
       SELECT t.organization_id, o.name AS organization_name, k.activity_id, k.title AS activity_title, t.members,
              s.id AS submission_id, coalesce(s.status, 'not_started') AS status, coalesce(s.version, 0) AS version,
              s.submitted_at, s.updated_at, count(*) OVER () AS total
         FROM teams t
         JOIN organizations o ON o.id = t.organization_id
         CROSS JOIN tasks k
         LEFT JOIN assignment_submissions s
           ON s.cohort_id = $1 AND s.organization_id = t.organization_id AND s.activity_id = k.activity_id
        -- Work waiting for the trainer first, then by organisation.
        ORDER BY k.ordinal, (s.status = 'submitted') DESC NULLS LAST, o.name, o.id
        LIMIT $2 OFFSET $3`,
      [cohortId, page.limit, page.offset],
    )) as {
      organization_id: string;
      organization_name: string;
      activity_id: string;
      activity_title: string;
      members: number;
      submission_id: string | null;
      status: TeamAssignmentSummary['status'];
      version: number;
      submitted_at: Date | null;
      updated_at: Date | null;
      total: string;
    }[];
    return {
      items: rows.map((r) => ({
        organizationId: r.organization_id,
        organizationName: r.organization_name,
        activityId: r.activity_id,
        activityTitle: r.activity_title,
        members: r.members,
        submissionId: r.submission_id,
        status: r.status,
        version: r.version,
        submittedAt: r.submitted_at?.toISOString() ?? null,
        updatedAt: r.updated_at?.toISOString() ?? null,
      })),
      total: rows.length ? Number(rows[0].total) : 0,
    };
  }

  private async attachments(id: string, only?: string): Promise<AssignmentAttachmentResponse[]> {
    const rows = (await this.db.query(
      `SELECT a.id, a.file_name, a.media_type, a.size_bytes, a.sha256, nullif(u.full_name, '') AS uploaded_by_name,
              a.created_at
         FROM assignment_attachments a LEFT JOIN users u ON u.id = a.uploaded_by
        WHERE a.submission_id = $1 AND a.removed_at IS NULL AND ($2::uuid IS NULL OR a.id = $2)
        ORDER BY a.created_at, a.id`,
      [id, only ?? null],
    )) as AttachmentRow[];
    return rows.map(toAttachment);
  }

  /** The submission and who the caller is to it, or 404 for anyone who is neither member, trainer nor admin. */
  private async access(
    caller: AuthUser,
    id: string,
    db: DataSource | EntityManager,
    lock: boolean,
  ): Promise<Access> {
    const [row] = (await db.query(
      `SELECT s.id, s.cohort_id, s.organization_id, s.activity_id, s.status, s.version,
              EXISTS (SELECT 1 FROM (${MEMBER_OF('s.cohort_id', 's.organization_id')}) m WHERE m.user_id = $2)
                AS is_member,
              EXISTS (SELECT 1 FROM cohort_trainers ct WHERE ct.cohort_id = s.cohort_id AND ct.user_id = $2) AS is_trainer
         FROM assignment_submissions s WHERE s.id = $1${lock ? ' FOR UPDATE OF s' : ''}`,
      [id, caller.id],
    )) as Access[];
    if (!row || !(row.is_member || row.is_trainer || isAdmin(caller))) {
      throw new AppError('NOT_FOUND', 'Assignment not found');
    }
    return row;
  }

  private visible(caller: AuthUser, id: string): Promise<Access> {
    return this.access(caller, id, this.db, false);
  }

  private lock(caller: AuthUser, id: string, tx: EntityManager): Promise<Access> {
    return this.access(caller, id, tx, true);
  }

  /** Whether the caller may change the submission now: checked before an upload is read, again under lock after. */
  async assertEditable(caller: AuthUser, id: string): Promise<void> {
    await this.editable(caller, id);
  }

  /** Only the team changes its work, and only while it is with them. */
  private async editable(caller: AuthUser, id: string, tx?: EntityManager, lock = false): Promise<Access> {
    const access = await this.access(caller, id, tx ?? this.db, lock);
    if (!access.is_member)
      throw new AppError('NOT_TEAM_MEMBER', 'Only the team’s members change its work');
    if (!isEditable(access.status)) {
      throw new AppError(
        'ASSIGNMENT_LOCKED',
        `The assignment is ${access.status}; it cannot be changed now`,
      );
    }
    return access;
  }
}
