import { Injectable } from '@nestjs/common';
import type { CallResponse, CallReviewer, ListResponse } from '@keino/contracts';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { PageQueryDto } from '../common/pagination/page.query';
import { toCallResponse } from './call.mapper';
import { callErrors } from './calls.errors';
import { CreateCallDto } from './dto/call.dto';
import { CallRow, CallsRepository } from './repositories/calls.repository';

/** Calls: a cohort opened to organisations between two instants, with the criteria its reviewers score. */
@Injectable()
export class CallsService {
  constructor(private readonly calls: CallsRepository) {}

  async create(caller: AuthUser, input: CreateCallDto): Promise<CallResponse> {
    const title = input.title.trim();
    if (!title) throw callErrors.titleRequired();
    if (Date.parse(input.closesAt) <= Date.parse(input.opensAt)) throw callErrors.window();
    const keys = new Set<string>();
    for (const c of input.criteria) {
      if (keys.has(c.key)) throw callErrors.duplicateCriterion(c.key);
      keys.add(c.key);
    }
    if (!(await this.calls.cohortExists(input.cohortId))) throw callErrors.cohortNotFound();
    const id = await this.calls.insert({
      cohortId: input.cohortId,
      title,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      maxOrganizations: input.maxOrganizations,
      criteria: input.criteria.map((c) => ({ key: c.key, title: c.title.trim(), weight: c.weight })),
      createdBy: caller.id,
    });
    return this.get(caller, id);
  }

  /** Calls open now, and those the caller reviews; admins see every call. */
  async list(caller: AuthUser, page: PageQueryDto): Promise<ListResponse<CallResponse>> {
    const rows = await this.calls.list(caller.id, isAdmin(caller), page.limit, page.offset);
    return { items: rows.map((r) => toCallResponse(r)), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async get(caller: AuthUser, id: string): Promise<CallResponse> {
    const row = await this.find(caller, id);
    const reviewers = isAdmin(caller) ? await this.reviewersOf(id) : [];
    return toCallResponse(row, reviewers);
  }

  async find(caller: AuthUser, id: string): Promise<CallRow> {
    const row = await this.calls.find(id, caller.id);
    if (!row) throw callErrors.notFound();
    return row;
  }

  /** `409 NOT_STAFF` unless the person is a trainer or an admin; naming one twice changes nothing. */
  async addReviewer(caller: AuthUser, callId: string, userId: string): Promise<CallReviewer> {
    await this.find(caller, callId);
    const person = await this.calls.person(userId);
    if (!person) throw callErrors.userNotFound();
    if (!person.roles.includes('trainer') && !person.roles.includes('admin')) throw callErrors.notStaff();
    await this.calls.addReviewer(callId, userId);
    const reviewer = (await this.reviewersOf(callId)).find((r) => r.userId === userId);
    if (!reviewer) throw callErrors.userNotFound();
    return reviewer;
  }

  private async reviewersOf(callId: string): Promise<CallReviewer[]> {
    return (await this.calls.reviewers(callId)).map((r) => ({ userId: r.user_id, fullName: r.full_name }));
  }
}
