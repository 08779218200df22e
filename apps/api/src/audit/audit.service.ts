import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEventResponse, ListResponse } from '@keino/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { sql } from '../common/database/sql';
import { ListAuditEventsQuery } from './list-audit-events.query';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  subjectType: AuditEventResponse['subjectType'];
  subjectId: string;
  details?: Record<string, unknown>;
}

interface AuditRow {
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

/** Who changed roles, enrolments and course versions, and when. Written in the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
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

  async list(query: ListAuditEventsQuery): Promise<ListResponse<AuditEventResponse>> {
    const rows: AuditRow[] = await this.db.query(
      `SELECT p.*, actor.full_name AS actor_name,
              coalesce(su.full_name, eu.full_name, co.title) AS subject_name, ch.name AS cohort_name
       FROM (SELECT *, count(*) OVER () AS total FROM audit_events
             WHERE ($1::text IS NULL OR action = $1) AND ($2::uuid IS NULL OR subject_id = $2)
               AND ($3::uuid IS NULL OR actor_id = $3)
             ORDER BY created_at DESC, id DESC LIMIT $4 OFFSET $5) p
       -- Names for the page only, joined after the limit: one primary-key look-up per row shown.
       LEFT JOIN users actor ON actor.id = p.actor_id
       LEFT JOIN users su ON p.subject_type = 'user' AND su.id = p.subject_id
       LEFT JOIN enrollments en ON p.subject_type = 'enrollment' AND en.id = p.subject_id
       LEFT JOIN users eu ON eu.id = en.user_id
       LEFT JOIN cohorts ch ON ch.id = en.cohort_id
       LEFT JOIN courses co ON p.subject_type = 'course' AND co.id = p.subject_id
       ORDER BY p.created_at DESC, p.id DESC`,
      [query.action ?? null, query.subjectId ?? null, query.actorId ?? null, query.limit, query.offset],
    );
    return {
      total: rows.length ? Number(rows[0].total) : await this.count(query),
      items: rows.map((r) => ({
        id: String(r.id),
        actorId: r.actor_id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        details: r.details,
        createdAt: r.created_at.toISOString(),
        actorName: r.actor_name,
        subjectName: r.subject_name,
        cohortName: r.cohort_name,
      })),
    };
  }

  // Only when the page is past the end: the window count needs at least one row.
  private async count(query: ListAuditEventsQuery): Promise<number> {
    const row = await sql.one<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM audit_events
       WHERE ($1::text IS NULL OR action = $1) AND ($2::uuid IS NULL OR subject_id = $2)
         AND ($3::uuid IS NULL OR actor_id = $3)`,
      [query.action ?? null, query.subjectId ?? null, query.actorId ?? null],
    );
    return row?.n ?? 0;
  }
}
