import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonalDataExport } from '@keino/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/errors/app-error';
import { hashPassword } from './password-hasher';
import { RefreshTokensService } from './refresh-tokens.service';

/**
 * The data-protection rights QUALITY.md asks for: a person downloads everything held about them; an admin erases a
 * person. Erasure anonymises the user row in place instead of deleting it, so enrolments and progress still count
 * in the statistics of the cohort and the organisation, without a name, an email or a way to sign in.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly refreshTokens: RefreshTokensService,
    private readonly audit: AuditService,
  ) {}

  /** One query: each part is a JSON aggregate over the person's rows. */
  async export(userId: string): Promise<PersonalDataExport> {
    const [row] = (await this.db.query(
      `SELECT
         json_build_object(
           'id', u.id, 'email', u.email, 'fullName', u.full_name, 'locale', u.locale,
           'organizationId', u.organization_id, 'roles', u.roles, 'regions', u.regions, 'createdAt', u.created_at
         ) AS account,
         (SELECT json_build_object('id', o.id, 'name', o.name, 'businessId', o.business_id)
            FROM organizations o WHERE o.id = u.organization_id) AS organization,
         (SELECT coalesce(json_agg(json_build_object(
              'id', e.id, 'cohortId', e.cohort_id, 'cohortName', c.name, 'courseTitle', v.title,
              'status', e.status, 'createdAt', e.created_at, 'completedAt', e.completed_at)
            ORDER BY e.created_at), '[]')
            FROM enrollments e
            JOIN cohorts c ON c.id = e.cohort_id
            JOIN course_versions v ON v.id = c.course_version_id
           WHERE e.user_id = u.id) AS enrollments,
         (SELECT coalesce(json_agg(json_build_object(
              'enrollmentId', p.enrollment_id, 'activityId', p.activity_id, 'activityTitle', va.title,
              'state', p.state, 'completedAt', p.completed_at, 'updatedAt', p.updated_at)
            ORDER BY p.updated_at), '[]')
            FROM enrollments e
            JOIN cohorts c ON c.id = e.cohort_id
            JOIN progress p ON p.enrollment_id = e.id
            LEFT JOIN version_activities va
              ON va.version_id = c.course_version_id AND va.activity_id = p.activity_id
           WHERE e.user_id = u.id) AS progress,
         (SELECT coalesce(json_agg(json_build_object(
              'code', c.code, 'enrollmentId', c.enrollment_id, 'completedOn', c.completed_on, 'issuedAt', c.issued_at)
            ORDER BY c.issued_at), '[]')
            FROM certificates c WHERE c.user_id = u.id) AS certificates,
         (SELECT coalesce(json_agg(json_build_object(
              'caseId', pc.id, 'title', pc.title, 'status', pc.status, 'createdAt', pc.created_at)
            ORDER BY pc.created_at), '[]')
            FROM procurement_cases pc WHERE pc.author_id = u.id) AS "casesWritten",
         (SELECT coalesce(json_agg(json_build_object(
              'caseId', cc.case_id, 'body', cc.body, 'createdAt', cc.created_at)
            ORDER BY cc.created_at), '[]')
            FROM case_comments cc WHERE cc.author_id = u.id) AS "caseComments",
         (SELECT coalesce(json_agg(json_build_object(
              'kind', n.kind, 'payload', n.payload, 'createdAt', n.created_at, 'readAt', n.read_at)
            ORDER BY n.created_at), '[]')
            FROM notifications n WHERE n.user_id = u.id) AS notifications,
         (SELECT coalesce(json_agg(json_build_object(
              'toAddress', m.to_address, 'subject', m.subject, 'body', m.body, 'status', m.status,
              'createdAt', m.created_at, 'sentAt', m.sent_at)
            ORDER BY m.created_at), '[]')
            FROM email_messages m WHERE m.user_id = u.id) AS emails,
         (SELECT coalesce(json_agg(json_build_object(
              'enrollmentId', a.enrollment_id, 'phase', a.phase, 'dimensionId', a.dimension_id,
              'dimension', coalesce(d.name ->> u.locale, d.name ->> 'fi'), 'level', a.level, 'answeredAt', a.answered_at)
            ORDER BY a.answered_at, a.phase, d.position), '[]')
            FROM enrollments e
            JOIN assessment_answers a ON a.enrollment_id = e.id
            JOIN maturity_dimensions d ON d.id = a.dimension_id
           WHERE e.user_id = u.id) AS "assessmentAnswers",
         (SELECT coalesce(json_agg(json_build_object(
              'submissionId', ac.submission_id, 'body', ac.body, 'decision', ac.decision, 'createdAt', ac.created_at)
            ORDER BY ac.created_at), '[]')
            FROM assignment_comments ac WHERE ac.author_id = u.id) AS "assignmentComments",
         (SELECT coalesce(json_agg(json_build_object(
              'submissionId', aa.submission_id, 'fileName', aa.file_name, 'mediaType', aa.media_type,
              'size', aa.size_bytes, 'createdAt', aa.created_at)
            ORDER BY aa.created_at), '[]')
            FROM assignment_attachments aa WHERE aa.uploaded_by = u.id) AS "assignmentUploads",
         (SELECT coalesce(json_agg(json_build_object(
              'createdAt', t.created_at, 'expiresAt', t.expires_at, 'revokedAt', t.revoked_at)
            ORDER BY t.created_at), '[]')
            FROM refresh_tokens t WHERE t.user_id = u.id AND t.used_at IS NULL) AS sessions,
         (SELECT coalesce(json_agg(json_build_object(
              'action', a.action, 'subjectType', a.subject_type, 'createdAt', a.created_at, 'details', a.details)
            ORDER BY a.created_at), '[]')
            FROM audit_events a
           WHERE a.actor_id = u.id OR a.subject_id = u.id
              OR a.subject_id IN (SELECT id FROM enrollments WHERE user_id = u.id)) AS "auditEvents"
       FROM users u
       WHERE u.id = $1 AND u.erased_at IS NULL`,
      [userId],
    )) as Omit<PersonalDataExport, 'exportedAt'>[];
    if (!row) throw new AppError('NOT_FOUND', 'User not found');
    return { exportedAt: new Date().toISOString(), ...row };
  }

  /**
   * Removes what identifies the person and every way to act as them; the row, enrolments and progress stay for
   * statistics. Access tokens already handed out expire within 15 minutes and carry no personal data.
   */
  async erase(actorId: string, userId: string): Promise<void> {
    if (actorId === userId) throw new AppError('CANNOT_ERASE_SELF', 'Ask another admin to erase you');
    // An unknown random password: nobody can sign in as the erased row.
    const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
    await this.db.transaction(async (tx) => {
      const [rows] = (await tx.query(
        `UPDATE users
            SET email = 'erased-' || id || '@erased.invalid', full_name = '', password_hash = $2,
                roles = '{}', regions = '{}', erased_at = now()
          WHERE id = $1 AND erased_at IS NULL
          RETURNING id`,
        [userId, unusableHash],
      )) as [{ id: string }[], number];
      if (rows.length === 0) {
        const [exists] = (await tx.query(`SELECT 1 FROM users WHERE id = $1`, [userId])) as unknown[];
        if (!exists) throw new AppError('NOT_FOUND', 'User not found');
        return; // erased before: nothing more to do
      }
      // A certificate names its holder to anyone with the code; an erased person has none.
      await tx.query(`DELETE FROM certificates WHERE user_id = $1`, [userId]);
      // Their maturity self-assessment answers stay, like enrolments and progress: with the name gone they count
      // in the impact statistics only.
      // Their comments in the case library speak in their name; the cases they wrote belong to the organisation.
      await tx.query(`DELETE FROM case_comments WHERE author_id = $1`, [userId]);
      // Notifications and emails speak to the person by name and address; their emails go with them.
      await tx.query(`DELETE FROM email_messages WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
      // Likewise on team assignments: their comments go; the team's text, files and versions stay with the team,
      // no longer naming who wrote, uploaded or submitted them. A trainer's decision stays, without its words.
      await tx.query(`DELETE FROM assignment_comments WHERE author_id = $1 AND decision IS NULL`, [userId]);
      await tx.query(`UPDATE assignment_comments SET author_id = NULL, body = '' WHERE author_id = $1`, [
        userId,
      ]);
      await tx.query(`UPDATE assignment_attachments SET uploaded_by = NULL WHERE uploaded_by = $1`, [userId]);
      await tx.query(`UPDATE assignment_versions SET submitted_by = NULL WHERE submitted_by = $1`, [userId]);
      await tx.query(`UPDATE assignment_submissions SET updated_by = NULL WHERE updated_by = $1`, [userId]);
      await tx.query(`DELETE FROM cohort_trainers WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM course_trainers WHERE user_id = $1`, [userId]);
      await this.refreshTokens.revokeAll(tx, userId);
      await this.audit.record(tx, [
        { actorId, action: 'user.erased', subjectType: 'user', subjectId: userId },
      ]);
    });
  }
}
