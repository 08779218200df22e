// Reads across modules (read-only): organizations (name, kind, region) for the list and the export, users
// (full_name) for reviewers' names.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicationStatus, OrganizationKind, RegionCode } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../../common/database/sql';

export interface ReviewRow {
  reviewer_id: string;
  reviewer_name: string;
  scores: Record<string, number>;
  comment: string;
  weighted_score: number;
  updated_at: Date;
}

export interface ApplicationSummaryRow {
  id: string;
  organization_id: string;
  organization_name: string;
  organization_kind: OrganizationKind;
  region: RegionCode;
  status: ApplicationStatus;
  submitted_at: Date | null;
  decision_message: string | null;
  review_count: number;
  /** The mean of the reviews' unrounded weighted scores. */
  score: number | null;
  total: string;
}

/** Which applications of a call a list shows. */
export interface ApplicationFilter {
  callId: string;
  /** Reviewers: none of the drafts. */
  submittedOnly: boolean;
  /** Change agents: their regions only; null for everyone. */
  regions: string[] | null;
  status?: ApplicationStatus;
  region?: RegionCode;
  kind?: OrganizationKind;
  /** Admins: the ranking, highest score first and unreviewed last. */
  ranked: boolean;
  limit: number;
  offset: number;
}

export interface CriterionMeanRow {
  application_id: string;
  key: string;
  mean: number;
}

/** The only code that reads and writes application_reviews; the call's list and export, one query each. */
@Injectable()
export class ReviewsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async upsert(
    tx: EntityManager,
    review: {
      applicationId: string;
      reviewerId: string;
      scores: Record<string, number>;
      comment: string;
      weighted: number;
    },
  ): Promise<void> {
    // A second review by the same reviewer replaces the first.
    await sql.affected(
      tx,
      `INSERT INTO application_reviews (application_id, reviewer_id, scores, comment, weighted_score)
       VALUES ($1, $2, $3::jsonb, $4, $5)
       ON CONFLICT (application_id, reviewer_id)
       DO UPDATE SET scores = EXCLUDED.scores, comment = EXCLUDED.comment, weighted_score = EXCLUDED.weighted_score,
                     updated_at = now()`,
      [
        review.applicationId,
        review.reviewerId,
        JSON.stringify(review.scores),
        review.comment,
        review.weighted,
      ],
    );
  }

  of(applicationId: string): Promise<ReviewRow[]> {
    return sql.rows<ReviewRow>(
      this.db,
      `SELECT r.reviewer_id, u.full_name AS reviewer_name, r.scores, r.comment, r.weighted_score, r.updated_at
         FROM application_reviews r JOIN users u ON u.id = r.reviewer_id
        WHERE r.application_id = $1 ORDER BY r.created_at, r.reviewer_id`,
      [applicationId],
    );
  }

  /** The applications with their review count and mean score, filtered, one page; one query. */
  list(filter: ApplicationFilter): Promise<ApplicationSummaryRow[]> {
    const params: unknown[] = [filter.callId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['a.call_id = $1'];
    if (filter.submittedOnly) where.push(`a.status <> 'draft'`);
    if (filter.regions) where.push(`o.region = ANY(${param(filter.regions)}::text[])`);
    if (filter.status) where.push(`a.status = ${param(filter.status)}`);
    if (filter.region) where.push(`o.region = ${param(filter.region)}`);
    if (filter.kind) where.push(`o.kind = ${param(filter.kind)}`);
    const order = filter.ranked
      ? 'score DESC NULLS LAST, a.submitted_at NULLS LAST, o.name, a.id'
      : 'a.submitted_at NULLS LAST, o.name, a.id';
    return sql.rows<ApplicationSummaryRow>(
      this.db,
      `SELECT a.id, a.organization_id, o.name AS organization_name, o.kind AS organization_kind, o.region, a.status,
              a.submitted_at, a.decision_message, count(r.reviewer_id)::int AS review_count,
              avg(r.weighted_score) AS score, count(*) OVER () AS total
         FROM call_applications a
         JOIN organizations o ON o.id = a.organization_id
         LEFT JOIN application_reviews r ON r.application_id = a.id
        WHERE ${where.join(' AND ')}
        GROUP BY a.id, o.id
        ORDER BY ${order}
        LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
      params,
    );
  }

  /** Each application's mean score per criterion, for the export; one query over the call. */
  criterionMeans(callId: string): Promise<CriterionMeanRow[]> {
    return sql.rows<CriterionMeanRow>(
      this.db,
      `SELECT r.application_id, s.key, avg(s.value::numeric)::float8 AS mean
         FROM application_reviews r
         JOIN call_applications a ON a.id = r.application_id
         CROSS JOIN LATERAL jsonb_each_text(r.scores) AS s(key, value)
        WHERE a.call_id = $1
        GROUP BY r.application_id, s.key`,
      [callId],
    );
  }
}
