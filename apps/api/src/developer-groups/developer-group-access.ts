import { Injectable } from '@nestjs/common';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import type { Db } from '../common/database/sql';
import { developerGroupErrors } from './developer-groups.errors';
import { GroupAccessRow, GroupsRepository } from './repositories/groups.repository';

/** What the caller is in a group: people of member organisations see inside; facilitators and admins run it. */
export interface GroupAccess extends GroupAccessRow {
  inside: boolean;
  /** Facilitator of the group or admin. */
  moderator: boolean;
}

/**
 * Who sees what of a group. The group itself is public to everyone signed in; its threads, posts, documents and
 * events are not there at all (404) for anyone but the people of member organisations (their proved organisation,
 * ADR 0008), the group's facilitators and admins.
 */
@Injectable()
export class DeveloperGroupAccess {
  constructor(private readonly groups: GroupsRepository) {}

  async of(caller: AuthUser | undefined, groupId: string, db?: Db): Promise<GroupAccess | undefined> {
    const row = await this.groups.access(groupId, caller?.id ?? '00000000-0000-0000-0000-000000000000', db);
    if (!row) return undefined;
    const moderator = !!caller && (isAdmin(caller) || row.facilitator);
    return { ...row, moderator, inside: moderator || row.member };
  }

  /** The group, seen from inside; 404 for anyone else. */
  async inside(caller: AuthUser, groupId: string, db?: Db): Promise<GroupAccess> {
    const access = await this.of(caller, groupId, db);
    if (!access?.inside) throw developerGroupErrors.groupNotFound();
    return access;
  }

  /** The group for its facilitators and admins: 404 when it does not exist, 403 for everyone else. */
  async facilitate(caller: AuthUser, groupId: string, db?: Db): Promise<GroupAccess> {
    const access = await this.of(caller, groupId, db);
    if (!access) throw developerGroupErrors.groupNotFound();
    if (!access.moderator) throw developerGroupErrors.notFacilitator();
    return access;
  }
}
