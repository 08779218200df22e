import { Injectable } from '@nestjs/common';

import { GroupsRepository } from './repositories/groups.repository';

/**
 * Who follows which team, for modules that filter a whole cohort rather than check one team in SQL (the reports).
 * The same rule as `followsTeam` in `team-access.fragments.ts`, from which it is built.
 */
@Injectable()
export class TeamAccess {
  constructor(private readonly groups: GroupsRepository) {}

  /** The organisations the caller coaches or mentors in the cohort; empty when none. */
  followedOrganizations(cohortId: string, callerId: string): Promise<string[]> {
    return this.groups.followedOrganizations(cohortId, callerId);
  }
}
