import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeetingAttendance, PersonName } from '@keino/contracts';
import { DataSource } from 'typeorm';

import { type Db, sql } from '../../common/database/sql';
import { teamEnrolments } from './groups.repository';

export interface MeetingRow {
  id: string;
  group_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  online_url: string | null;
  attendance: MeetingAttendance[];
  people: PersonName[];
  total: string;
}

export interface NewMeeting {
  groupId: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  onlineUrl: string | null;
  createdBy: string | null;
}

/** A group meeting as a participant's calendar shows it, with its group and cohort. */
export interface CalendarMeetingRow {
  id: string;
  group_id: string;
  group_name: string;
  cohort_id: string;
  cohort_name: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  location: string | null;
  online_url: string | null;
}

/**
 * The people of a group: people of its current organisations with an active or completed enrolment in the group's
 * cohort. `group` is an SQL expression of the group's id.
 */
const groupPeople = (group: string): string => `
  SELECT t.user_id FROM cohort_group_placements gp
  CROSS JOIN LATERAL (${teamEnrolments('gp.cohort_id', 'gp.organization_id')}) t
   WHERE gp.group_id = ${group} AND gp.removed_at IS NULL`;

/** The groups' meetings and who came. */
@Injectable()
export class MeetingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(m: NewMeeting): Promise<string> {
    const row = await sql.one<{ id: string }>(
      this.db,
      `INSERT INTO group_meetings (group_id, title, starts_at, ends_at, location, online_url, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [m.groupId, m.title, m.startsAt, m.endsAt, m.location, m.onlineUrl, m.createdBy],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row.id;
  }

  /** The group's meetings by time, each with who came and the group's people (names from users). */
  list(
    groupId: string,
    page: { limit: number; offset: number },
    id: string | null = null,
  ): Promise<MeetingRow[]> {
    return sql.rows<MeetingRow>(
      this.db,
      `SELECT m.id, m.group_id, m.title, m.starts_at, m.ends_at, m.location, m.online_url,
              (SELECT coalesce(json_agg(json_build_object('userId', a.user_id, 'attended', a.attended)
                        ORDER BY a.user_id), '[]')
                 FROM group_meeting_attendance a WHERE a.meeting_id = m.id) AS attendance,
              (SELECT coalesce(json_agg(json_build_object('id', u.id, 'fullName', u.full_name)
                        ORDER BY u.full_name, u.id), '[]')
                 FROM users u WHERE u.id IN (${groupPeople('m.group_id')})) AS people,
              count(*) OVER () AS total
         FROM group_meetings m
        WHERE m.group_id = $1 AND ($4::uuid IS NULL OR m.id = $4::uuid)
        ORDER BY m.starts_at, m.id LIMIT $2 OFFSET $3`,
      [groupId, page.limit, page.offset, id],
    );
  }

  findGroupOf(meetingId: string, db: Db = this.db): Promise<{ group_id: string } | undefined> {
    return sql.one<{ group_id: string }>(db, `SELECT group_id FROM group_meetings WHERE id = $1`, [
      meetingId,
    ]);
  }

  /** Whether the person is one of the group's people (see `groupPeople`). */
  async isPersonOfGroup(groupId: string, userId: string, db: Db = this.db): Promise<boolean> {
    const row = await sql.one<{ found: boolean }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM (${groupPeople('$1::uuid')}) p WHERE p.user_id = $2) AS found`,
      [groupId, userId],
    );
    return row?.found ?? false;
  }

  /** Repeating the same call changes nothing but who recorded it and when. */
  async setAttendance(
    meetingId: string,
    userId: string,
    attended: boolean,
    recordedBy: string,
    db: Db = this.db,
  ): Promise<void> {
    await sql.affected(
      db,
      `INSERT INTO group_meeting_attendance (meeting_id, user_id, attended, recorded_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id, user_id)
       DO UPDATE SET attended = excluded.attended, recorded_by = excluded.recorded_by, recorded_at = now()`,
      [meetingId, userId, attended, recordedBy],
    );
  }

  /**
   * The meetings of every group the person's organisation is placed in, for cohorts they take part in (active or
   * completed), from `from` on. Reads enrollments, users and cohorts (listed cross-module reads).
   */
  forParticipant(userId: string, from: Date): Promise<CalendarMeetingRow[]> {
    return sql.rows<CalendarMeetingRow>(
      this.db,
      `SELECT m.id, m.group_id, g.name AS group_name, g.cohort_id, c.name AS cohort_name, m.title, m.starts_at,
              m.ends_at, m.location, m.online_url
         FROM enrollments e
         JOIN users u ON u.id = e.user_id
         JOIN cohorts c ON c.id = e.cohort_id
         JOIN cohort_group_placements gp
           ON gp.cohort_id = e.cohort_id AND gp.organization_id = u.organization_id AND gp.removed_at IS NULL
         JOIN cohort_groups g ON g.id = gp.group_id
         JOIN group_meetings m ON m.group_id = g.id
        WHERE e.user_id = $1 AND e.status IN ('active', 'completed') AND coalesce(m.ends_at, m.starts_at) >= $2
        ORDER BY m.starts_at, m.id`,
      [userId, from.toISOString()],
    );
  }
}
