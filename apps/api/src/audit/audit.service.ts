import { Injectable } from '@nestjs/common';
import type { AuditEventResponse, ListResponse } from '@keino/contracts';
import { EntityManager } from 'typeorm';

import { AuditEntry, AuditFilter, AuditRepository } from './audit.repository';
import { ListAuditEventsQuery } from './list-audit-events.query';

export type { AuditEntry } from './audit.repository';

/** Who changed roles, enrolments and course versions, and when. Written in the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  async record(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.events.insert(manager, entries);
  }

  async list(query: ListAuditEventsQuery): Promise<ListResponse<AuditEventResponse>> {
    const filter: AuditFilter = {
      action: query.action ?? null,
      subjectId: query.subjectId ?? null,
      actorId: query.actorId ?? null,
    };
    const rows = await this.events.page(filter, query.limit, query.offset);
    return {
      // Only when the page is past the end: the window count needs at least one row.
      total: rows.length ? Number(rows[0].total) : await this.events.count(filter),
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
}
