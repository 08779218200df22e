// Reads across modules (read-only): cohorts (name) for the call, users (full_name, roles, organization_id) for the
// caller's own application and the reviewers named.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CallCriterion, CallStatus, Role } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';

// The status follows the clock, so it is computed where it is read, never stored.
const STATUS = `CASE WHEN now() < c.opens_at THEN 'scheduled' WHEN now() < c.closes_at THEN 'open' ELSE 'closed' END`;

const CALL_SELECT = `
  c.id, c.cohort_id, co.name AS cohort_name, c.title, c.opens_at, c.closes_at, c.max_organizations, c.criteria,
  ${STATUS} AS status,
  (SELECT count(*)::int FROM call_applications a WHERE a.call_id = c.id AND a.status = 'accepted') AS accepted,
  (SELECT a.id FROM call_applications a WHERE a.call_id = c.id AND a.organization_id = me.organization_id)
    AS my_application_id,
  EXISTS (SELECT 1 FROM call_reviewers r WHERE r.call_id = c.id AND r.user_id = me.id) AS is_reviewer`;

export interface CallRow {
  id: string;
  cohort_id: string;
  cohort_name: string;
  title: string;
  opens_at: Date;
  closes_at: Date;
  max_organizations: number;
  criteria: CallCriterion[];
  status: CallStatus;
  accepted: number;
  my_application_id: string | null;
  is_reviewer: boolean;
}

interface CallPageRow extends CallRow {
  total: string;
}

export interface ReviewerRow {
  user_id: string;
  full_name: string;
}

/** Who a person is, for the rules on reviewers. */
export interface PersonRow {
  id: string;
  full_name: string;
  roles: Role[];
  organization_id: string | null;
  locale: 'fi' | 'sv' | 'en';
  /** The regions a change agent follows. */
  regions: string[];
}

export interface NewCall {
  cohortId: string;
  title: string;
  opensAt: string;
  closesAt: string;
  maxOrganizations: number;
  criteria: CallCriterion[];
  createdBy: string;
}

/** The only code that reads and writes calls and call_reviewers. */
@Injectable()
export class CallsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(call: NewCall): Promise<string> {
    const row = await sql.one<{ id: string }>(
      this.db,
      `INSERT INTO calls (cohort_id, title, opens_at, closes_at, max_organizations, criteria, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) RETURNING id`,
      [
        call.cohortId,
        call.title,
        call.opensAt,
        call.closesAt,
        call.maxOrganizations,
        JSON.stringify(call.criteria),
        call.createdBy,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  cohortExists(cohortId: string): Promise<boolean> {
    return sql
      .one<{ found: boolean }>(this.db, `SELECT EXISTS (SELECT 1 FROM cohorts WHERE id = $1) AS found`, [
        cohortId,
      ])
      .then((r) => r?.found === true);
  }

  /** The call as the caller sees it (their organisation's application, whether they review it). */
  find(id: string, callerId: string, db: Db = this.db): Promise<CallRow | undefined> {
    return sql.one<CallRow>(
      db,
      `SELECT ${CALL_SELECT}
         FROM calls c JOIN cohorts co ON co.id = c.cohort_id LEFT JOIN users me ON me.id = $2
        WHERE c.id = $1`,
      [id, callerId],
    );
  }

  /** Every call (`all`), or those open now and those the caller reviews; the newest opening first. */
  list(callerId: string, all: boolean, limit: number, offset: number): Promise<CallPageRow[]> {
    return sql.rows<CallPageRow>(
      this.db,
      `SELECT ${CALL_SELECT}, count(*) OVER () AS total
         FROM calls c JOIN cohorts co ON co.id = c.cohort_id LEFT JOIN users me ON me.id = $1
        WHERE $2 OR (now() >= c.opens_at AND now() < c.closes_at)
           OR EXISTS (SELECT 1 FROM call_reviewers r WHERE r.call_id = c.id AND r.user_id = $1)
        ORDER BY c.opens_at DESC, c.id
        LIMIT $3 OFFSET $4`,
      [callerId, all, limit, offset],
    );
  }

  /** Locks the call for a decision: decisions of one call happen one at a time, so the count of accepted holds. */
  lockForDecision(
    tx: EntityManager,
    id: string,
  ): Promise<{ max_organizations: number; cohort_id: string; title: string } | undefined> {
    return sql.one(tx, `SELECT max_organizations, cohort_id, title FROM calls WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
  }

  person(userId: string, db: Db = this.db): Promise<PersonRow | undefined> {
    return sql.one<PersonRow>(
      db,
      `SELECT id, full_name, roles, organization_id, locale, regions FROM users WHERE id = $1 AND erased_at IS NULL`,
      [userId],
    );
  }

  async addReviewer(callId: string, userId: string): Promise<void> {
    await sql.affected(
      this.db,
      `INSERT INTO call_reviewers (call_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [callId, userId],
    );
  }

  reviewers(callId: string): Promise<ReviewerRow[]> {
    return sql.rows<ReviewerRow>(
      this.db,
      `SELECT r.user_id, u.full_name FROM call_reviewers r JOIN users u ON u.id = r.user_id
        WHERE r.call_id = $1 ORDER BY u.full_name, r.user_id`,
      [callId],
    );
  }

  isReviewer(callId: string, userId: string, db: Db = this.db): Promise<boolean> {
    return sql
      .one<{ found: boolean }>(
        db,
        `SELECT EXISTS (SELECT 1 FROM call_reviewers WHERE call_id = $1 AND user_id = $2) AS found`,
        [callId, userId],
      )
      .then((r) => r?.found === true);
  }
}
