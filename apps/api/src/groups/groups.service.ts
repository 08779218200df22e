import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupBoardResponse, GroupResponse, ListResponse, MentorResponse } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import type { Db } from '../common/database/sql';
import type { PageQueryDto } from '../common/pagination/page.query';
import { CreateGroupDto, UpdateGroupDto } from './dto/group.dto';
import { groupErrors } from './groups.errors';
import { CohortRoleRow, GroupsRepository } from './repositories/groups.repository';

/** PostgreSQL's unique_violation: the partial unique index refused a second current placement. */
const UNIQUE_VIOLATION = '23505';

/**
 * Small groups of a cohort's organisations: the cohort's trainers (and admins) form them and name coaches and
 * mentors from the staff; everyone who takes part sees them, a participant only their own group.
 */
@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly groups: GroupsRepository,
  ) {}

  async create(caller: AuthUser, cohortId: string, body: CreateGroupDto): Promise<GroupResponse> {
    const role = await this.groups.findCohortRole(cohortId, caller.id);
    assertOrganizer(caller, role);
    return this.write(cohortId, async (tx) => {
      const id = await this.groups.insertGroup(cohortId, body.name, tx);
      await this.place(caller, cohortId, id, body.coachIds, body.organizationIds, tx);
      return id;
    });
  }

  async update(caller: AuthUser, groupId: string, body: UpdateGroupDto): Promise<GroupResponse> {
    const role = await this.groups.findGroupRole(groupId, caller.id);
    if (!role) throw groupErrors.groupNotFound();
    assertOrganizer(caller, role);
    return this.write(role.id, async (tx) => {
      if (body.name !== undefined) await this.groups.rename(groupId, body.name, tx);
      await this.place(caller, role.id, groupId, body.coachIds, body.organizationIds, tx);
      return groupId;
    });
  }

  async list(caller: AuthUser, cohortId: string, page: PageQueryDto): Promise<ListResponse<GroupResponse>> {
    const role = await this.groups.findCohortRole(cohortId, caller.id);
    if (!role) throw groupErrors.cohortNotFound();
    if (isAdmin(caller) || role.is_trainer || role.follows)
      return this.groups.listGroups(cohortId, null, page);
    // A participant sees the group of their own organisation, and nobody else's.
    if (role.team_organization_id) return this.groups.listGroups(cohortId, role.team_organization_id, page);
    throw groupErrors.cohortNotFound();
  }

  /** The staff and the cohort's organisations, for the trainers' group board. */
  async board(caller: AuthUser, cohortId: string): Promise<GroupBoardResponse> {
    const role = await this.groups.findCohortRole(cohortId, caller.id);
    assertOrganizer(caller, role);
    const [staff, organizations] = await Promise.all([
      this.groups.listStaff(),
      this.groups.cohortOrganizations(cohortId),
    ]);
    return { cohortId, staff, organizations };
  }

  async setMentor(
    caller: AuthUser,
    cohortId: string,
    organizationId: string,
    mentorId: string,
  ): Promise<MentorResponse> {
    const role = await this.groups.findCohortRole(cohortId, caller.id);
    assertOrganizer(caller, role);
    const mentor = await this.db.transaction(async (tx) => {
      if ((await this.groups.notStaff([mentorId], tx)).length) throw groupErrors.notStaff([mentorId]);
      const missing = await this.groups.notInCohort(cohortId, [organizationId], tx);
      if (missing.length) throw groupErrors.notInCohort(missing);
      await this.groups.setMentor(cohortId, organizationId, mentorId, tx);
      return this.groups.findPerson(mentorId, tx);
    });
    if (!mentor) throw new Error(`Mentor ${mentorId} vanished after being named`);
    return { organizationId, mentor };
  }

  /** Checks the people and organisations, then writes them; every refusal leaves nothing written. */
  private async place(
    caller: AuthUser,
    cohortId: string,
    groupId: string,
    coachIds: string[] | undefined,
    organizationIds: string[] | undefined,
    tx: Db,
  ): Promise<void> {
    if (coachIds) {
      const notStaff = await this.groups.notStaff(coachIds, tx);
      if (notStaff.length) throw groupErrors.notStaff(notStaff);
    }
    if (organizationIds) {
      const missing = await this.groups.notInCohort(cohortId, organizationIds, tx);
      if (missing.length) throw groupErrors.notInCohort(missing);
      const taken = await this.groups.inOtherGroups(cohortId, groupId, organizationIds, tx);
      if (taken.length) throw groupErrors.inOtherGroup(taken);
    }
    if (coachIds) await this.groups.setCoaches(groupId, coachIds, tx);
    if (organizationIds) {
      await this.groups.setOrganizations(groupId, cohortId, organizationIds, caller.id, tx);
    }
  }

  /** One transaction under the cohort's lock; a unique violation that slipped past the lock is the same 409. */
  private async write(cohortId: string, work: (tx: Db) => Promise<string>): Promise<GroupResponse> {
    try {
      const id = await this.db.transaction(async (tx) => {
        await this.groups.lockCohort(cohortId, tx);
        return work(tx);
      });
      const group = await this.groups.findGroup(id);
      if (!group) throw new Error(`Group ${id} vanished after its write`);
      return group;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw groupErrors.inOtherGroup([]);
      throw error;
    }
  }
}

/** The cohort's trainers and admins form groups; to anyone else who sees the cohort it is 403, else 404. */
function assertOrganizer(caller: AuthUser, role: CohortRoleRow | undefined): asserts role is CohortRoleRow {
  if (!role) throw groupErrors.cohortNotFound();
  if (isAdmin(caller) || role.is_trainer) return;
  if (role.follows || role.team_organization_id) throw groupErrors.notCohortTrainer();
  throw groupErrors.cohortNotFound();
}
