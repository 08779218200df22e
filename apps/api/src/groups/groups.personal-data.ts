import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type Db, sql } from '../common/database/sql';
import {
  OwnsPersonalData,
  type PersonalDataPart,
  type PersonalDataSections,
  type PersonalDataSubject,
} from '../common/personal-data/personal-data-part';
import { selectSections } from '../common/personal-data/select-sections';

type GroupSections = Pick<PersonalDataSections, 'smallGroups'>;

/**
 * The groups a person coaches, the teams they mentor and their attendance at group meetings (cohort_group_coaches,
 * cohort_mentors, group_meeting_attendance; their name also stands on placements and meetings they made).
 */
@OwnsPersonalData()
@Injectable()
export class GroupsPersonalData implements PersonalDataPart {
  export(person: PersonalDataSubject, db: Db): Promise<GroupSections> {
    return selectSections<GroupSections>(
      db,
      `SELECT json_build_object(
         'coaching', (SELECT coalesce(json_agg(json_build_object('groupId', g.id, 'cohortId', g.cohort_id, 'name', g.name)
                        ORDER BY g.created_at), '[]')
                        FROM cohort_group_coaches gc JOIN cohort_groups g ON g.id = gc.group_id WHERE gc.user_id = $1),
         'mentoring', (SELECT coalesce(json_agg(json_build_object(
                         'cohortId', cm.cohort_id, 'organizationId', cm.organization_id, 'assignedAt', cm.assigned_at)
                        ORDER BY cm.assigned_at), '[]')
                         FROM cohort_mentors cm WHERE cm.mentor_id = $1),
         'attendance', (SELECT coalesce(json_agg(json_build_object(
                          'meetingId', m.id, 'title', m.title, 'startsAt', m.starts_at, 'attended', a.attended)
                         ORDER BY m.starts_at), '[]')
                          FROM group_meeting_attendance a JOIN group_meetings m ON m.id = a.meeting_id
                         WHERE a.user_id = $1)) AS "smallGroups"`,
      [person.userId],
    );
  }

  /** Their roles in groups and their attendance go; what they scheduled or placed stays, without their name. */
  async erase(person: PersonalDataSubject, tx: EntityManager): Promise<void> {
    const params = [person.userId];
    await sql.affected(tx, `DELETE FROM cohort_group_coaches WHERE user_id = $1`, params);
    await sql.affected(tx, `DELETE FROM cohort_mentors WHERE mentor_id = $1`, params);
    await sql.affected(tx, `DELETE FROM group_meeting_attendance WHERE user_id = $1`, params);
    await sql.affected(
      tx,
      `UPDATE group_meeting_attendance SET recorded_by = NULL WHERE recorded_by = $1`,
      params,
    );
    await sql.affected(tx, `UPDATE group_meetings SET created_by = NULL WHERE created_by = $1`, params);
    await sql.affected(
      tx,
      `UPDATE cohort_group_placements SET placed_by = NULL WHERE placed_by = $1`,
      params,
    );
  }
}
