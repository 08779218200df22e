import { Injectable } from '@nestjs/common';
import type {
  DeveloperGroupMemberResponse,
  DeveloperGroupResponse,
  DeveloperGroupSummary,
  JoinRequestResponse,
  JoinRequestStatus,
  ListResponse,
} from '@keino/contracts';

import { AuthUser } from '../common/auth/auth.decorators';
import { likePattern } from '../common/pagination/page.query';
import { DeveloperGroupAccess } from './developer-group-access';
import { toGroupSummary, toJoinRequest, toMember } from './developer-group.mapper';
import { developerGroupErrors } from './developer-groups.errors';
import {
  AddDeveloperGroupMemberDto,
  CreateDeveloperGroupDto,
  CreateJoinRequestDto,
  DecideJoinRequestDto,
  ListDeveloperGroupsQuery,
} from './dto/developer-group.dto';
import { GroupsRepository } from './repositories/groups.repository';

/** Seeding contract (demo data): a group with its facilitators and member organisations as they stand. */
export interface SeededGroup {
  name: string;
  theme: string;
  description: string;
  language: 'fi' | 'sv' | 'en';
  facilitatorIds: string[];
  members: { organizationId: string; joinedAt: Date }[];
}

/** Developer groups and who takes part: admins create them, facilitators add organisations or approve requests. */
@Injectable()
export class DeveloperGroupsService {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly access: DeveloperGroupAccess,
  ) {}

  async create(caller: AuthUser, input: CreateDeveloperGroupDto): Promise<DeveloperGroupResponse> {
    const name = required(input.name, 'name');
    const theme = required(input.theme, 'theme');
    const id = await this.groups.transaction(async (tx) => {
      const notStaff = await this.groups.notStaff(input.facilitatorIds, tx);
      if (notStaff.length > 0) throw developerGroupErrors.notStaff(notStaff);
      return this.groups.insert(tx, {
        name,
        theme,
        description: input.description.trim(),
        language: input.language,
        facilitatorIds: input.facilitatorIds,
      });
    });
    return this.get(caller, id);
  }

  async list(
    caller: AuthUser,
    query: ListDeveloperGroupsQuery,
  ): Promise<ListResponse<DeveloperGroupSummary>> {
    const rows = await this.groups.list({
      callerId: caller.id,
      pattern: query.q?.trim() ? likePattern(query.q.trim()) : null,
      theme: query.theme?.trim() || null,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toGroupSummary), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async get(caller: AuthUser, id: string): Promise<DeveloperGroupResponse> {
    const [row, access] = await Promise.all([this.groups.find(id, caller.id), this.access.of(caller, id)]);
    if (!row || !access) throw developerGroupErrors.groupNotFound();
    const pending =
      access.organization_id && !access.member
        ? await this.groups.pendingRequestOf(id, access.organization_id)
        : undefined;
    return {
      ...toGroupSummary(row),
      organizations: (await this.groups.members(id)).map((m) => ({
        id: m.organization_id,
        name: m.organization_name,
        joinedAt: m.joined_at.toISOString(),
      })),
      canSeeInside: access.inside,
      canFacilitate: access.moderator,
      pendingRequestId: pending ?? null,
    };
  }

  async addMember(
    caller: AuthUser,
    groupId: string,
    input: AddDeveloperGroupMemberDto,
  ): Promise<DeveloperGroupMemberResponse> {
    await this.access.facilitate(caller, groupId);
    return this.groups.transaction(async (tx) => {
      if (!(await this.groups.organizationExists(input.organizationId, tx))) {
        throw developerGroupErrors.organizationNotFound();
      }
      const added = await this.groups.addMember(tx, groupId, input.organizationId);
      if (!added) throw developerGroupErrors.alreadyMember();
      return toMember(added);
    });
  }

  /** A coordinator asks for their own (proved) organisation; the body names no organisation, so no other. */
  async requestToJoin(
    caller: AuthUser,
    groupId: string,
    input: CreateJoinRequestDto,
  ): Promise<JoinRequestResponse> {
    const access = await this.access.of(caller, groupId);
    if (!access) throw developerGroupErrors.groupNotFound();
    if (!access.organization_id) throw developerGroupErrors.noOrganization();
    if (access.member) throw developerGroupErrors.requestExists();
    const organizationId = access.organization_id;
    const id = await this.groups.transaction((tx) =>
      this.groups.addRequest(tx, {
        groupId,
        organizationId,
        requestedBy: caller.id,
        message: input.message?.trim() || null,
      }),
    );
    if (!id) throw developerGroupErrors.requestExists();
    return this.request(id);
  }

  async requests(
    caller: AuthUser,
    groupId: string,
    status: JoinRequestStatus | undefined,
  ): Promise<ListResponse<JoinRequestResponse>> {
    await this.access.facilitate(caller, groupId);
    const rows = await this.groups.requests(groupId, status ?? 'pending');
    return { items: rows.map(toJoinRequest), total: rows.length };
  }

  /** Approval makes the organisation a member in the same transaction; a decided request stays as it is. */
  async decide(caller: AuthUser, id: string, input: DecideJoinRequestDto): Promise<JoinRequestResponse> {
    const found = await this.groups.findRequest(id);
    // Someone who does not run the request's group is told it does not exist.
    const access = found && (await this.access.of(caller, found.group_id));
    if (!found || !access?.moderator) throw developerGroupErrors.requestNotFound();
    await this.groups.transaction(async (tx) => {
      const current = await this.groups.findRequest(id, tx, true);
      if (!current) throw developerGroupErrors.requestNotFound();
      if (current.status !== 'pending') throw developerGroupErrors.requestDecided();
      await this.groups.decide(tx, id, input.status, caller.id);
      if (input.status === 'approved')
        await this.groups.addMember(tx, current.group_id, current.organization_id);
    });
    return this.request(id);
  }

  /** Seeding contract (demo data): answers the group's id. */
  seedGroup(seed: SeededGroup): Promise<string> {
    return this.groups.transaction(async (tx) => {
      const id = await this.groups.insert(tx, seed);
      for (const m of seed.members) await this.groups.addMember(tx, id, m.organizationId, m.joinedAt);
      return id;
    });
  }

  private async request(id: string): Promise<JoinRequestResponse> {
    const row = await this.groups.findRequest(id);
    if (!row) throw developerGroupErrors.requestNotFound();
    return toJoinRequest(row);
  }
}

/** Trimmed text that must say something. */
export function required(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw developerGroupErrors.blank(field);
  return trimmed;
}
