import { Injectable } from '@nestjs/common';
import type { ManagementReviewResponse } from '@keino/contracts';

import { AuthUser } from '../common/auth/auth.decorators';
import { sanitizeRichText } from '../courses/rich-text';
import { AssignmentAccessPolicy } from './assignment-access.policy';
import { assignmentErrors } from './assignments.errors';
import { ManagementReviewDto } from './dto/management-review.dto';
import { ManagementReviewsRepository } from './repositories/management-reviews.repository';

/** Today's date in Finland, YYYY-MM-DD: the day the team can have presented by at the latest. */
export const todayInFinland = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);

/**
 * The team records when it presented its development task to its own management team, the outcome and a note;
 * everyone who sees the assignment sees it beside the work (`managementReview`).
 */
@Injectable()
export class AssignmentManagementReviewsService {
  constructor(
    private readonly access: AssignmentAccessPolicy,
    private readonly reviews: ManagementReviewsRepository,
  ) {}

  async record(caller: AuthUser, id: string, body: ManagementReviewDto): Promise<ManagementReviewResponse> {
    const access = await this.access.readable(caller, id);
    if (!access.is_member) throw assignmentErrors.notTeamMember();
    if (body.presentedOn > todayInFinland()) throw assignmentErrors.presentedInFuture();
    const note = body.note === undefined ? null : sanitizeRichText(body.note).trim() || null;
    await this.reviews.save({
      submissionId: id,
      presentedOn: body.presentedOn,
      outcome: body.outcome,
      note,
      recordedBy: caller.id,
    });
    const row = await this.reviews.find(id);
    if (!row) throw new Error(`Management review of ${id} vanished after its write`);
    return {
      presentedOn: row.presented_on,
      outcome: row.outcome,
      note: row.note,
      recordedBy: row.recorded_by ? { id: row.recorded_by, fullName: row.recorded_by_name ?? '' } : null,
      recordedAt: row.recorded_at.toISOString(),
    };
  }
}
