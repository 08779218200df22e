import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { CertificateResponse, CertificateVerification, ListResponse } from '@keino/contracts';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { ENROLLMENT_COMPLETED, EnrollmentCompletedEvent } from '../enrollments/enrollment.events';
import { formatCertificateCode, newCertificateCode, parseCertificateCode } from './certificate-code';
import { CertificateDocument } from './certificate-pdf';
import { certificateErrors } from './certificates.errors';
import { CertificatesRepository } from './certificates.repository';

/**
 * A certificate for every completed enrolment, issued exactly once (the enrolment is unique in the table). The
 * completion event issues it at once; the sweep at start issues any that an interrupted process or the demo data left
 * out, so "completed" always means "certified".
 */
@Injectable()
export class CertificatesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificatesService.name);

  constructor(private readonly certificates: CertificatesRepository) {}

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
    const ids = await this.certificates.completedWithout(enrollmentId ?? null);
    if (ids.length === 0) return 0;
    return this.certificates.issue(
      ids,
      ids.map(() => newCertificateCode()),
    );
  }

  async mine(userId: string, page: PageQueryDto): Promise<ListResponse<CertificateResponse>> {
    const rows = await this.certificates.ofUser(userId, page);
    return {
      items: rows.map((r) => ({
        code: formatCertificateCode(r.code),
        enrollmentId: r.enrollment_id,
        cohortId: r.cohort_id,
        courseTitle: r.course_title,
        issuedAt: r.issued_at.toISOString(),
      })),
      total: rows.length ? Number(rows[0].total) : 0,
    };
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
    if (found.userId !== caller.id && !isAdmin(caller)) throw certificateErrors.notFound();
    return new CertificateDocument(found.locale).render({ ...found, verifyUrl: verifyUrl(found.code) });
  }

  private async find(input: string) {
    const code = parseCertificateCode(input);
    if (!code) throw certificateErrors.notFound();
    const row = await this.certificates.findByCode(code);
    if (!row) throw certificateErrors.notFound();
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
