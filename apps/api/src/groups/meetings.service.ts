import { Injectable } from '@nestjs/common';
import type { AttendanceResponse, ListResponse, MeetingResponse, MyGroupMeeting } from '@keino/contracts';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import type { PageQueryDto } from '../common/pagination/page.query';
import { CreateMeetingDto } from './dto/meeting.dto';
import { groupErrors } from './groups.errors';
import { GroupRoleRow, GroupsRepository } from './repositories/groups.repository';
import { CalendarMeetingRow, MeetingRow, MeetingsRepository } from './repositories/meetings.repository';

/** Everyone who sees the cohort's groups sees this one; a participant only when their organisation is in it. */
export const seesGroup = (caller: AuthUser, role: GroupRoleRow): boolean =>
  isAdmin(caller) || role.is_trainer || role.follows || (role.team_organization_id !== null && role.in_group);

/** The group's coaches, the cohort's trainers and admins schedule its meetings and record who came. */
export const organizesGroup = (caller: AuthUser, role: GroupRoleRow): boolean =>
  isAdmin(caller) || role.is_trainer || role.is_coach;

const toMeeting = (r: MeetingRow, recorder: boolean): MeetingResponse => ({
  id: r.id,
  groupId: r.group_id,
  title: r.title,
  startsAt: r.starts_at.toISOString(),
  endsAt: r.ends_at ? r.ends_at.toISOString() : null,
  location: r.location,
  onlineUrl: r.online_url,
  ...(recorder ? { attendance: r.attendance, people: r.people } : {}),
});

const toMyMeeting = (r: CalendarMeetingRow): MyGroupMeeting => ({
  id: r.id,
  groupId: r.group_id,
  groupName: r.group_name,
  cohortId: r.cohort_id,
  cohortName: r.cohort_name,
  title: r.title,
  startsAt: r.starts_at.toISOString(),
  endsAt: r.ends_at ? r.ends_at.toISOString() : null,
  location: r.location,
  onlineUrl: r.online_url,
});

/** A small group's own meetings: time, place or online link, and who came. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly meetings: MeetingsRepository,
  ) {}

  async create(caller: AuthUser, groupId: string, body: CreateMeetingDto): Promise<MeetingResponse> {
    await this.organizerOf(caller, groupId);
    if (body.endsAt && new Date(body.endsAt) < new Date(body.startsAt)) throw groupErrors.endsBeforeStart();
    const id = await this.meetings.insert({
      groupId,
      title: body.title,
      startsAt: new Date(body.startsAt).toISOString(),
      endsAt: body.endsAt ? new Date(body.endsAt).toISOString() : null,
      location: body.location || null,
      onlineUrl: body.onlineUrl || null,
      createdBy: caller.id,
    });
    const [row] = await this.meetings.list(groupId, { limit: 1, offset: 0 }, id);
    return toMeeting(row, true);
  }

  async list(caller: AuthUser, groupId: string, page: PageQueryDto): Promise<ListResponse<MeetingResponse>> {
    const role = await this.groups.findGroupRole(groupId, caller.id);
    if (!role || !seesGroup(caller, role)) throw groupErrors.groupNotFound();
    const rows = await this.meetings.list(groupId, page);
    const recorder = organizesGroup(caller, role);
    return { items: rows.map((r) => toMeeting(r, recorder)), total: rows.length ? Number(rows[0].total) : 0 };
  }

  async setAttendance(
    caller: AuthUser,
    meetingId: string,
    userId: string,
    attended: boolean,
  ): Promise<AttendanceResponse> {
    const meeting = await this.meetings.findGroupOf(meetingId);
    if (!meeting) throw groupErrors.meetingNotFound();
    await this.organizerOf(caller, meeting.group_id, groupErrors.meetingNotFound);
    if (!(await this.meetings.isPersonOfGroup(meeting.group_id, userId)))
      throw groupErrors.personNotInGroup();
    await this.meetings.setAttendance(meetingId, userId, attended, caller.id);
    return { meetingId, userId, attended };
  }

  /** The caller's coming group meetings, in the groups of their teams (My learning and its calendar files). */
  async mine(caller: AuthUser): Promise<ListResponse<MyGroupMeeting>> {
    const rows = await this.meetings.forParticipant(caller.id, new Date());
    return { items: rows.map(toMyMeeting), total: rows.length };
  }

  private async organizerOf(
    caller: AuthUser,
    groupId: string,
    notFound = groupErrors.groupNotFound,
  ): Promise<void> {
    const role = await this.groups.findGroupRole(groupId, caller.id);
    if (!role || !seesGroup(caller, role)) throw notFound();
    if (!organizesGroup(caller, role)) throw groupErrors.notOrganizer();
  }
}
