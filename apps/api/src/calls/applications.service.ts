import { Injectable } from '@nestjs/common';
import type { ApplicationInput, ApplicationResponse, SubmitApplicationResponse } from '@keino/contracts';

import { AccountsService } from '../accounts/accounts.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { sanitizeRichText } from '../courses/rich-text';
import { missingFields } from './application-rules';
import { meanScore, toApplicationResponse, toReview } from './call.mapper';
import { callErrors } from './calls.errors';
import { CreateApplicationDto, UpdateApplicationDto } from './dto/application.dto';
import {
  APPLICATION_COLUMNS,
  ApplicationColumn,
  ApplicationRow,
  ApplicationsRepository,
} from './repositories/applications.repository';
import { CallsRepository } from './repositories/calls.repository';
import { ReviewsRepository } from './repositories/reviews.repository';

/** How the caller stands to an application; `null` from `accessOf` when they may not know it exists. */
export interface ApplicationAccess {
  /** A person of the applying organisation (proved membership): reads and edits. */
  member: boolean;
  /** Sees reviews and scores: admins, and the call's reviewers once it is submitted (never its own people). */
  staff: boolean;
  reviewer: boolean;
  organizationId: string | null;
}

/**
 * Applications: one per organisation and call, a draft its people write together (each save names the version it
 * started from, so a colleague's newer text is never overwritten unseen), frozen once submitted.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly calls: CallsRepository,
    private readonly reviews: ReviewsRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  async create(caller: AuthUser, callId: string, input: CreateApplicationDto): Promise<ApplicationResponse> {
    const organizationId = await this.accounts.organizationOf(caller.id);
    if (!organizationId) throw callErrors.noOrganization();
    const call = await this.calls.find(callId, caller.id);
    if (!call) throw callErrors.notFound();
    if (call.status !== 'open') throw callErrors.closed();
    const id = await this.applications.insertUnlessExists(
      callId,
      organizationId,
      caller.id,
      columnsOf(input),
    );
    if (!id) throw callErrors.applicationExists();
    return this.get(caller, id);
  }

  async update(caller: AuthUser, id: string, input: UpdateApplicationDto): Promise<ApplicationResponse> {
    await this.editable(caller, id);
    await this.applications.transaction(async (tx) => {
      const current = await this.applications.lock(tx, id);
      if (!current) throw callErrors.applicationNotFound();
      if (current.status !== 'draft') throw callErrors.submitted();
      if (input.version !== undefined && input.version !== current.version)
        throw callErrors.stale(current.version);
      await this.applications.update(tx, id, caller.id, columnsOf(input));
    });
    return this.get(caller, id);
  }

  /** Two colleagues at once: the row lock makes one the submitter and the other's answer `409 APPLICATION_SUBMITTED`. */
  async submit(caller: AuthUser, id: string): Promise<SubmitApplicationResponse> {
    await this.editable(caller, id);
    const submittedAt = await this.applications.transaction(async (tx) => {
      const current = await this.applications.lock(tx, id);
      if (!current) throw callErrors.applicationNotFound();
      if (current.status !== 'draft') throw callErrors.submitted();
      const call = await this.calls.find(current.call_id, caller.id, tx);
      if (call?.status !== 'open') throw callErrors.closed();
      const missing = missingFields(inputOf(current));
      if (missing.length > 0) throw callErrors.incomplete(missing);
      const at = await this.applications.submit(tx, id, caller.id);
      await this.audit.record(tx, [
        {
          actorId: caller.id,
          action: 'application.submitted',
          subjectType: 'application',
          subjectId: id,
          details: { callId: current.call_id, organizationId: current.organization_id },
        },
      ]);
      return at;
    });
    return { id, status: 'submitted', submittedAt: submittedAt.toISOString() };
  }

  async get(caller: AuthUser, id: string): Promise<ApplicationResponse> {
    const row = await this.applications.find(id);
    const access = row && (await this.accessOf(caller, row));
    if (!row || !access) throw callErrors.applicationNotFound();
    if (!access.staff) return toApplicationResponse(row, missingFields(inputOf(row)));
    const reviews = await this.reviews.of(id);
    return toApplicationResponse(row, missingFields(inputOf(row)), {
      reviews: reviews.map((r) => toReview(r, isAdmin(caller) || r.reviewer_id === caller.id)),
      score: meanScore(reviews),
    });
  }

  /**
   * Its organisation's people, admins, change agents of its region, and the call's reviewers once it is submitted
   * (a draft does not exist for them); anyone else: null.
   */
  async accessOf(caller: AuthUser, row: ApplicationRow): Promise<ApplicationAccess | null> {
    const person = await this.calls.person(caller.id);
    const organizationId = person?.organization_id ?? null;
    const member = organizationId === row.organization_id;
    const reviewer = row.status !== 'draft' && (await this.calls.isReviewer(row.call_id, caller.id));
    const agent = caller.roles.includes('change_agent') && (person?.regions ?? []).includes(row.region);
    if (!member && !isAdmin(caller) && !reviewer && !agent) return null;
    // The applicants never see scores nor who reviewed, whatever other role they hold.
    return { member, staff: !member && (isAdmin(caller) || reviewer), reviewer, organizationId };
  }

  /** Its organisation's people edit and submit; others who may read it get 403, everyone else 404. */
  private async editable(caller: AuthUser, id: string): Promise<void> {
    const row = await this.applications.find(id);
    const access = row && (await this.accessOf(caller, row));
    if (!row || !access) throw callErrors.applicationNotFound();
    if (!access.member) throw callErrors.notApplicant();
  }
}

const inputOf = (r: ApplicationRow): ApplicationInput => ({
  developmentTask: r.development_task,
  motivation: r.motivation,
  sponsor: r.sponsor,
  team: r.team,
});

/** The given fields as [column, value] pairs: text trimmed, the development task sanitised like page content. */
function columnsOf(input: Partial<ApplicationInput>): ApplicationColumn[] {
  const columns: ApplicationColumn[] = [];
  if (input.developmentTask !== undefined) {
    columns.push([APPLICATION_COLUMNS.developmentTask, sanitizeRichText(input.developmentTask)]);
  }
  if (input.motivation !== undefined) columns.push([APPLICATION_COLUMNS.motivation, input.motivation.trim()]);
  if (input.sponsor !== undefined) {
    const { fullName, title, email } = input.sponsor;
    columns.push([
      APPLICATION_COLUMNS.sponsor,
      JSON.stringify({ fullName: fullName.trim(), title: title.trim(), email: (email ?? '').trim() }),
    ]);
  }
  if (input.team !== undefined) {
    const team = input.team.map((m) => ({
      fullName: m.fullName.trim(),
      email: (m.email ?? '').trim(),
      role: m.role,
    }));
    columns.push([APPLICATION_COLUMNS.team, JSON.stringify(team)]);
  }
  return columns;
}
