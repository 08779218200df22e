import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import type {
  ApplicationResponse,
  ApplicationReviewResponse,
  ApplicationSummary,
  ListResponse,
} from '@keino/contracts';

import { INVITATION_ACCEPTED, InvitationAcceptedEvent } from '../accounts/memberships/membership.events';
import { InvitationsService } from '../accounts/memberships/invitations.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { EnrollmentStatusChangedEvent } from '../enrollments/enrollment.events';
import { ApplicationsService } from './applications.service';
import { APPLICATION_DECIDED, ApplicationDecidedEvent } from './call.events';
import { toApplicationSummary } from './call.mapper';
import { callErrors } from './calls.errors';
import { DecisionDto, ReviewDto } from './dto/application.dto';
import { ListApplicationsQuery } from './dto/call.dto';
import { ApplicationsRepository } from './repositories/applications.repository';
import { CallsRepository } from './repositories/calls.repository';
import { ReviewsRepository } from './repositories/reviews.repository';
import { roundScore, scoreProblems, weightedScore } from './weighted-score';

const FINAL = new Set(['accepted', 'rejected']);

/**
 * Review and decision: the call's reviewers score submitted applications, admins rank and decide. Accepting enrols the
 * team's people who have accounts and invites the others; registering through that invitation enrols them too.
 */
@Injectable()
export class SelectionService {
  private readonly logger = new Logger(SelectionService.name);

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly access: ApplicationsService,
    private readonly calls: CallsRepository,
    private readonly reviews: ReviewsRepository,
    private readonly enrollments: EnrollmentsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
  ) {}

  async review(caller: AuthUser, id: string, input: ReviewDto): Promise<ApplicationReviewResponse> {
    const row = await this.applications.find(id);
    const access = row && (await this.access.accessOf(caller, row));
    // A draft is not there for its reviewers.
    if (!row || !access || row.status === 'draft') throw callErrors.applicationNotFound();
    if (access.member && access.reviewer) throw callErrors.conflictOfInterest();
    if (!access.reviewer) throw callErrors.notReviewer();
    const call = await this.calls.find(row.call_id, caller.id);
    if (!call) throw callErrors.notFound();
    if (Object.keys(input.scores).length > call.criteria.length + 10) {
      throw callErrors.scores(['scores names more keys than the call has criteria']);
    }
    const problems = scoreProblems(call.criteria, input.scores);
    if (problems.length > 0) throw callErrors.scores(problems);
    // Only the call's criteria, in their order: nothing else reaches the database.
    const scores = Object.fromEntries(call.criteria.map((c) => [c.key, input.scores[c.key]]));
    const weighted = weightedScore(call.criteria, scores);
    const comment = (input.comment ?? '').trim();
    await this.applications.transaction(async (tx) => {
      const current = await this.applications.lock(tx, id);
      if (!current || FINAL.has(current.status)) throw callErrors.alreadyDecided();
      await this.reviews.upsert(tx, { applicationId: id, reviewerId: caller.id, scores, comment, weighted });
    });
    const saved = (await this.reviews.of(id)).find((r) => r.reviewer_id === caller.id);
    return {
      reviewerId: caller.id,
      reviewerName: saved?.reviewer_name ?? null,
      scores,
      comment,
      weightedScore: roundScore(weighted) ?? 0,
      updatedAt: (saved?.updated_at ?? new Date()).toISOString(),
    };
  }

  /**
   * The call row is locked first, so the decisions of one call happen one at a time and the count of accepted ones
   * cannot pass `maxOrganizations` however many admins accept at once.
   */
  async decide(caller: AuthUser, id: string, input: DecisionDto): Promise<ApplicationResponse> {
    const found = await this.applications.find(id);
    if (!found) throw callErrors.applicationNotFound();
    const message = input.message?.trim() || null;
    // Read before the transaction: inside it every query runs on its connection (the embedded database has one).
    const inviterName = (await this.calls.person(caller.id))?.full_name ?? '';
    let enrolled: EnrollmentStatusChangedEvent[] = [];
    const emailIds: string[] = [];
    const decided = await this.applications.transaction(async (tx) => {
      const call = await this.calls.lockForDecision(tx, found.call_id);
      const current = await this.applications.lock(tx, id);
      if (!call || !current) throw callErrors.applicationNotFound();
      if (current.status === 'draft') throw callErrors.notSubmitted();
      if (FINAL.has(current.status)) throw callErrors.alreadyDecided();
      if (
        input.decision === 'accepted' &&
        (await this.applications.countAccepted(tx, current.call_id)) >= call.max_organizations
      ) {
        throw callErrors.full(call.max_organizations);
      }
      const decidedAt = await this.applications.decide(tx, id, {
        status: input.decision,
        message,
        decidedBy: caller.id,
      });
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'application.decided',
          subjectType: 'application',
          subjectId: id,
          details: {
            callId: current.call_id,
            organizationId: current.organization_id,
            decision: input.decision,
          },
        },
      ]);
      if (input.decision === 'accepted') {
        const emails = [...new Set(current.team.map((m) => m.email.trim().toLowerCase()).filter(Boolean))];
        const accounts = await this.applications.accountsOf(emails, tx);
        enrolled = await this.enrollments.enrolSelected(
          tx,
          caller.id,
          call.cohort_id,
          accounts.map((a) => a.id),
        );
        const known = new Set(accounts.map((a) => a.email));
        const locale = await this.applications.localeOf(current.submitted_by, tx);
        const invitationIds: string[] = [];
        for (const email of emails.filter((e) => !known.has(e))) {
          const invited = await this.invitations.inviteWithin(tx, {
            organizationId: current.organization_id,
            organizationName: current.organization_name,
            email,
            invitedBy: caller.id,
            inviterName,
            locale,
          });
          invitationIds.push(invited.id);
          emailIds.push(...invited.emailIds);
        }
        await this.applications.linkInvitations(tx, id, invitationIds);
      }
      return { decidedAt, callTitle: call.title, current };
    });
    this.enrollments.announce(enrolled);
    await this.invitations.sendEmails(emailIds);
    const event: ApplicationDecidedEvent = {
      applicationId: id,
      callId: decided.current.call_id,
      callTitle: decided.callTitle,
      organizationId: decided.current.organization_id,
      organizationName: decided.current.organization_name,
      decision: input.decision,
      message,
      decidedAt: decided.decidedAt.toISOString(),
    };
    this.events.emit(APPLICATION_DECIDED, event);
    return this.access.get(caller, id);
  }

  /** Admins: all, ranked, with scores; reviewers: the submitted ones, with scores; change agents: their regions. */
  async list(
    caller: AuthUser,
    callId: string,
    query: ListApplicationsQuery,
  ): Promise<ListResponse<ApplicationSummary>> {
    const call = await this.calls.find(callId, caller.id);
    if (!call) throw callErrors.notFound();
    const admin = isAdmin(caller);
    let regions: string[] | null = null;
    if (!admin && !call.is_reviewer) {
      if (!caller.roles.includes('change_agent')) throw callErrors.listForbidden();
      regions = (await this.calls.person(caller.id))?.regions ?? [];
    }
    const showScore = admin || call.is_reviewer;
    const rows = await this.reviews.list({
      callId,
      submittedOnly: !admin && regions === null,
      regions,
      status: query.status,
      region: query.region,
      kind: query.kind,
      ranked: admin,
      limit: query.limit,
      offset: query.offset,
    });
    return {
      items: rows.map((r) => toApplicationSummary(r, showScore)),
      total: rows.length ? Number(rows[0].total) : 0,
    };
  }

  /** A person accepted an invitation an acceptance sent: they are enrolled in the call's cohort, once. */
  @OnEvent(INVITATION_ACCEPTED, { promisify: true })
  async onInvitationAccepted(event: InvitationAcceptedEvent): Promise<void> {
    try {
      const changes = await this.applications.transaction(async (tx) => {
        const claim = await this.applications.claimInvitation(tx, event.invitationId);
        if (!claim) return [];
        return this.enrollments.enrolSelected(tx, event.userId, claim.cohort_id, [event.userId]);
      });
      this.enrollments.announce(changes);
    } catch (error) {
      this.logger.error(`Selected newcomer ${event.userId} not enrolled: ${String(error)}`);
    }
  }
}
