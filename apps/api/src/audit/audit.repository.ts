// Reads across modules (read-only): users (full_name), enrollments (user_id, cohort_id), cohorts (name), courses
// (title), for the names on a page of events.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEventResponse } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../common/database/sql';

/** One event to record; `details` defaults to `{}`. */
export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  subjectType: AuditEventResponse['subjectType'];
  subjectId: string;
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  action: AuditAction | null;
  subjectId: string | null;
  actorId: string | null;
}

export interface AuditEventRow {
  id: string;
  actor_id: string | null;
  action: AuditAction;
  subject_type: AuditEventResponse['subjectType'];
  subject_id: string;
  details: Record<string, unknown>;
  created_at: Date;
  actor_name: string | null;
  subject_name: string | null;
  cohort_name: string | null;
  total: string;
}

interface CountRow {
  n: number;
}

/** An AuditFilter as $1 action, $2 subject and $3 actor, each null for any: the page and its count agree. */
const MATCHES_FILTER = `($1::text IS NULL OR action = $1) AND ($2::uuid IS NULL OR subject_id = $2)
  AND ($3::uuid IS NULL OR actor_id = $3)`;

/** The only code that reads and writes audit_events. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(tx: EntityManager, entries: AuditEntry[]): Promise<void> {
    await sql.affected(
      tx,
      `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, details)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::jsonb[])`,
      [
        entries.map((e) => e.actorId),
        entries.map((e) => e.action),
        entries.map((e) => e.subjectType),
        entries.map((e) => e.subjectId),
        entries.map((e) => JSON.stringify(e.details ?? {})),
      ],
    );
  }

  page(filter: AuditFilter, limit: number, offset: number): Promise<AuditEventRow[]> {
    return sql.rows<AuditEventRow>(
      this.db,
      `SELECT p.*, actor.full_name AS actor_name,
              coalesce(su.full_name, eu.full_name, co.title) AS subject_name, ch.name AS cohort_name
       FROM (SELECT *, count(*) OVER () AS total FROM audit_events WHERE ${MATCHES_FILTER}
             ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5) p
       -- Names for the page only, joined after the limit: one primary-key look-up per row shown.
       LEFT JOIN users actor ON actor.id = p.actor_id
       LEFT JOIN users su ON p.subject_type = 'user' AND su.id = p.subject_id
       LEFT JOIN enrollments en ON p.subject_type = 'enrollment' AND en.id = p.subject_id
       LEFT JOIN users eu ON eu.id = en.user_id
       LEFT JOIN cohorts ch ON ch.id = en.cohort_id
       LEFT JOIN courses co ON p.subject_type = 'course' AND co.id = p.subject_id
       ORDER BY p.created_at DESC, p.id DESC`,
      [filter.action, filter.subjectId, filter.actorId, limit, offset],
    );
  }

  async count(filter: AuditFilter): Promise<number> {
    const row = await sql.one<CountRow>(
      this.db,
      `SELECT count(*)::int AS n FROM audit_events WHERE ${MATCHES_FILTER}`,
      [filter.action, filter.subjectId, filter.actorId],
    );
    return row?.n ?? 0;
  }
}
