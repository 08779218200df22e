/**
 * SQL the audit module exports on purpose, for statements of other modules that must stay one round trip (ADR 0003):
 * the text that writes audit_events stays in this folder. Everyday writes go through `AuditService.record`.
 */

/**
 * An INSERT of audit events from a SELECT (a data-modifying CTE): `select` yields, in this order, actor_id, action,
 * subject_type, subject_id and details. Its text, indentation included, is part of the benchmarked progress
 * statement: change it only with a new benchmark run.
 */
export const insertAuditEventsFrom = (select: string): string =>
  `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, details)
    ${select}`;
