import type { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';

/**
 * Fills free seats from the waitlist, first come first served, inside the caller's transaction (which holds the
 * cohort row locked). Returns the promoted enrolments.
 */
export async function promoteFromWaitlist(
  tx: EntityManager,
  audit: AuditService,
  actorId: string | null,
  cohortId: string,
): Promise<{ id: string; user_id: string }[]> {
  const promoted: { id: string; user_id: string }[] = await tx.query(
    `WITH free AS (SELECT capacity - seats_taken AS n FROM cohorts WHERE id = $1),
     next AS (
       SELECT e.id FROM enrollments e WHERE e.cohort_id = $1 AND e.status = 'waitlisted'
       ORDER BY e.queued_at, e.id LIMIT (SELECT greatest(n, 0) FROM free) FOR UPDATE
     ),
     promoted AS (
       UPDATE enrollments e SET status = 'active', updated_at = now() FROM next WHERE e.id = next.id
       RETURNING e.id, e.user_id
     ),
     seats AS (
       UPDATE cohorts SET seats_taken = seats_taken + (SELECT count(*) FROM promoted) WHERE id = $1
     )
     SELECT id, user_id FROM promoted`,
    [cohortId],
  );
  await audit.record(
    tx,
    promoted.map((e) => ({
      actorId,
      action: 'enrollment.status_changed' as const,
      subjectType: 'enrollment' as const,
      subjectId: e.id,
      details: { from: 'waitlisted', to: 'active', reason: 'seat freed' },
    })),
  );
  return promoted;
}
