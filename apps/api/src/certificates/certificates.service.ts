import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CertificateResponse, CertificateVerification, Locale } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { ENROLLMENT_COMPLETED, EnrollmentCompletedEvent } from '../enrollments/enrollment.events';
import { formatCertificateCode, newCertificateCode, parseCertificateCode } from './certificate-code';
import { CertificateDocument } from './certificate-pdf';

const NOT_FOUND = () => new AppError('NOT_FOUND', 'No certificate has this code');

/**
 * A certificate for every completed enrolment, issued exactly once (the enrolment is unique in the table). The
 * completion event issues it at once; the sweep at start issues any that an interrupted process or the demo data left
 * out, so "completed" always means "certified".
 */
@Injectable()
export class CertificatesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificatesService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const issued = await this.issueMissing();
    if (issued > 0) this.logger.log(`Issued ${issued} certificates for completions without one`);
  }

  @OnEvent(ENROLLMENT_COMPLETED, { promisify: true })
  async onCompleted(event: EnrollmentCompletedEvent): Promise<void> {
    try {
      await this.issueMissing(event.enrollmentId);
    } catch (error) {
      // The completion itself is saved; the next start's sweep issues what failed here.
      this.logger.error(`Certificate for enrolment ${event.enrollmentId} not issued: ${String(error)}`);
    }
  }

  /** Issues certificates for completed enrolments without one (all, or the one given); answers how many. */
  async issueMissing(enrollmentId?: string): Promise<number> {
    const missing = (await this.db.query(
      `SELECT e.id FROM enrollments e
        WHERE e.status = 'completed' AND e.completed_at IS NOT NULL
          AND ($1::uuid IS NULL OR e.id = $1)
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.enrollment_id = e.id)`,
      [enrollmentId ?? null],
    )) as { id: string }[];
    if (missing.length === 0) return 0;
    const ids = missing.map((m) => m.id);
    // Two processes sweeping at once: the unique enrolment lets only one certificate in.
    const inserted = (await this.db.query(
      `INSERT INTO certificates (code, enrollment_id, user_id, completed_on)
       SELECT m.code, e.id, e.user_id, (e.completed_at AT TIME ZONE 'Europe/Helsinki')::date
         FROM unnest($1::uuid[], $2::text[]) AS m(enrollment_id, code)
         JOIN enrollments e ON e.id = m.enrollment_id
       ON CONFLICT (enrollment_id) DO NOTHING
       RETURNING code`,
      [ids, ids.map(() => newCertificateCode())],
    )) as unknown[];
    return inserted.length;
  }

  async mine(userId: string): Promise<CertificateResponse[]> {
    const rows = (await this.db.query(
      `SELECT c.code, c.enrollment_id, e.cohort_id, v.title AS course_title, c.issued_at
         FROM certificates c
         JOIN enrollments e ON e.id = c.enrollment_id
         JOIN cohorts co ON co.id = e.cohort_id
         JOIN course_versions v ON v.id = co.course_version_id
        WHERE c.user_id = $1
        ORDER BY c.issued_at DESC`,
      [userId],
    )) as { code: string; enrollment_id: string; cohort_id: string; course_title: string; issued_at: Date }[];
    return rows.map((r) => ({
      code: formatCertificateCode(r.code),
      enrollmentId: r.enrollment_id,
      cohortId: r.cohort_id,
      courseTitle: r.course_title,
      issuedAt: r.issued_at.toISOString(),
    }));
  }

  /** The public answer: exactly the five fields API.md names. */
  async verify(input: string): Promise<CertificateVerification> {
    const found = await this.find(input);
    return {
      code: found.code,
      fullName: found.fullName,
      courseTitle: found.courseTitle,
      cohortName: found.cohortName,
      completedOn: found.completedOn,
    };
  }

  /** The PDF for its holder or an admin, in the holder's language. */
  async pdf(caller: AuthUser, input: string, verifyUrl: (code: string) => string): Promise<Buffer> {
    const found = await this.find(input);
    // Someone else's code answers as an unknown one: the PDF does not confirm whose a code is.
    if (found.userId !== caller.id && !isAdmin(caller)) throw NOT_FOUND();
    return new CertificateDocument(found.locale).render({ ...found, verifyUrl: verifyUrl(found.code) });
  }

  private async find(input: string) {
    const code = parseCertificateCode(input);
    if (!code) throw NOT_FOUND();
    const [row] = (await this.db.query(
      `SELECT c.code, c.user_id, u.full_name, u.locale, v.title AS course_title, co.name AS cohort_name,
              to_char(c.completed_on, 'YYYY-MM-DD') AS completed_on
         FROM certificates c
         JOIN users u ON u.id = c.user_id
         JOIN enrollments e ON e.id = c.enrollment_id
         JOIN cohorts co ON co.id = e.cohort_id
         JOIN course_versions v ON v.id = co.course_version_id
        WHERE c.code = $1`,
      [code],
    )) as {
      code: string;
      user_id: string;
      full_name: string;
      locale: Locale;
      course_title: string;
      cohort_name: string;
      completed_on: string;
    }[];
    if (!row) throw NOT_FOUND();
    return {
      code: formatCertificateCode(row.code),
      userId: row.user_id,
      fullName: row.full_name,
      locale: row.locale,
      courseTitle: row.course_title,
      cohortName: row.cohort_name,
      completedOn: row.completed_on,
    };
  }
}
