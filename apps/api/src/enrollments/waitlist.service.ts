import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { EnrollmentsRepository } from './enrollments.repository';

export interface PromotedEnrollment {
  enrollmentId: string;
  userId: string;
}

/** A cohort's waitlist: enrolments waiting for a seat, first come first served. */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly enrollments: EnrollmentsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Activates up to `seats` waitlisted enrolments of the cohort and audits each, inside the caller's transaction,
   * which holds the cohort row locked and counts the seats they take (the cohorts module owns that count).
   */
  async promote(
    tx: EntityManager,
    actorId: string | null,
    cohortId: string,
    seats: number,
  ): Promise<PromotedEnrollment[]> {
    if (seats <= 0) return [];
    const promoted = await this.enrollments.promoteWaitlisted(tx, cohortId, seats);
    await this.audit.record(
      tx,
      promoted.map((e) => ({
        actorId,
        action: 'enrollment.status_changed' as const,
        subjectType: 'enrollment' as const,
        subjectId: e.id,
        details: { from: 'waitlisted', to: 'active', reason: 'seat freed' },
      })),
    );
    return promoted.map((e) => ({ enrollmentId: e.id, userId: e.user_id }));
  }
}
