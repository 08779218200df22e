// Reads across modules (read-only): enrollments (id, user_id, status, completed_at, cohort_id) to find and issue
// completions without a certificate; cohorts (name, course_version_id), course_versions (title) and users
// (full_name, locale) for the certificate's text.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { sql } from '../common/database/sql';

interface EnrollmentIdRow {
  id: string;
}

export interface OwnCertificateRow {
  code: string;
  enrollment_id: string;
  cohort_id: string;
  course_title: string;
  issued_at: Date;
  total: string;
}

export interface CertificateRow {
  code: string;
  user_id: string;
  full_name: string;
  locale: Locale;
  course_title: string;
  cohort_name: string;
  completed_on: string;
}

/** The only code that reads and writes certificates. */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Completed enrolments without a certificate: all, or the one given. */
  async completedWithout(enrollmentId: string | null): Promise<string[]> {
    const rows = await sql.rows<EnrollmentIdRow>(
      this.db,
      `SELECT e.id FROM enrollments e
        WHERE e.status = 'completed' AND e.completed_at IS NOT NULL
          AND ($1::uuid IS NULL OR e.id = $1)
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.enrollment_id = e.id)`,
      [enrollmentId],
    );
    return rows.map((r) => r.id);
  }

  /** Inserts one certificate per enrolment with its code; answers how many went in. */
  issue(enrollmentIds: string[], codes: string[]): Promise<number> {
    // Two processes sweeping at once: the unique enrolment lets only one certificate in.
    return sql.affected(
      this.db,
      `INSERT INTO certificates (code, enrollment_id, user_id, completed_on)
       SELECT m.code, e.id, e.user_id, (e.completed_at AT TIME ZONE 'Europe/Helsinki')::date
         FROM unnest($1::uuid[], $2::text[]) AS m(enrollment_id, code)
         JOIN enrollments e ON e.id = m.enrollment_id
       ON CONFLICT (enrollment_id) DO NOTHING
       RETURNING code`,
      [enrollmentIds, codes],
    );
  }

  ofUser(userId: string, page: { limit: number; offset: number }): Promise<OwnCertificateRow[]> {
    return sql.rows<OwnCertificateRow>(
      this.db,
      `SELECT c.code, c.enrollment_id, e.cohort_id, v.title AS course_title, c.issued_at, count(*) OVER () AS total
         FROM certificates c
         JOIN enrollments e ON e.id = c.enrollment_id
         JOIN cohorts co ON co.id = e.cohort_id
         JOIN course_versions v ON v.id = co.course_version_id
        WHERE c.user_id = $1
        ORDER BY c.issued_at DESC, c.code
        LIMIT $2 OFFSET $3`,
      [userId, page.limit, page.offset],
    );
  }

  findByCode(code: string): Promise<CertificateRow | undefined> {
    return sql.one<CertificateRow>(
      this.db,
      `SELECT c.code, c.user_id, u.full_name, u.locale, v.title AS course_title, co.name AS cohort_name,
              to_char(c.completed_on, 'YYYY-MM-DD') AS completed_on
         FROM certificates c
         JOIN users u ON u.id = c.user_id
         JOIN enrollments e ON e.id = c.enrollment_id
         JOIN cohorts co ON co.id = e.cohort_id
         JOIN course_versions v ON v.id = co.course_version_id
        WHERE c.code = $1`,
      [code],
    );
  }
}
